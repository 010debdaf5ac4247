package cn.sifa.enforcement.legalreview;

import cn.sifa.core.dictionary.Labeled;

/** 法制审核状态. */
public enum MajorReviewStatus implements Labeled {
    SUBMITTED("已提交"),
    REVIEWING("审核中"),
    LAWFUL("同意(合法)"),
    AMEND("修改后作出"),
    UNLAWFUL("不同意(违法)");

    private final String label;

    MajorReviewStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
