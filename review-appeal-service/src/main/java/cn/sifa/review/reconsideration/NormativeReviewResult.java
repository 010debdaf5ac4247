package cn.sifa.review.reconsideration;

import cn.sifa.core.dictionary.Labeled;

/** 附带审查结论 (第59条; for a transferred document, the transferee's opinion, 第60条). */
public enum NormativeReviewResult implements Labeled {
    LAWFUL("相关条款合法(在复议决定书中一并告知)"),
    UNLAWFUL("超越权限或违反上位法(停止执行,责令制定机关纠正)");

    private final String label;

    NormativeReviewResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
