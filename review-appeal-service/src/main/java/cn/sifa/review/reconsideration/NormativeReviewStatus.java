package cn.sifa.review.reconsideration;

import cn.sifa.core.dictionary.Labeled;

/** Where one 附带审查 stands (derived from its dates and result, never stored). */
public enum NormativeReviewStatus implements Labeled {
    REQUESTED("已提出,尚未启动"),
    UNDER_WAY("审查中(行政复议中止)"),
    CONCLUDED("已得出结论"),
    CLOSED("随案件终结");

    private final String label;

    NormativeReviewStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
