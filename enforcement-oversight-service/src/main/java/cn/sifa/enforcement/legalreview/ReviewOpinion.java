package cn.sifa.enforcement.legalreview;

import cn.sifa.core.dictionary.Labeled;

/** 审核意见. */
public enum ReviewOpinion implements Labeled {
    LAWFUL("合法"),
    AMEND("建议修改"),
    UNLAWFUL("违法");

    private final String label;

    ReviewOpinion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
