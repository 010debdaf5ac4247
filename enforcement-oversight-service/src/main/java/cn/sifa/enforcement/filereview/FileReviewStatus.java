package cn.sifa.enforcement.filereview;

import cn.sifa.core.dictionary.Labeled;

/** 案卷评查状态. */
public enum FileReviewStatus implements Labeled {
    SAMPLED("已抽取"),
    SCORED("已评分"),
    RECTIFICATION_DUE("待整改"),
    RECTIFIED("已整改"),
    CLOSED("已办结");

    private final String label;

    FileReviewStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
