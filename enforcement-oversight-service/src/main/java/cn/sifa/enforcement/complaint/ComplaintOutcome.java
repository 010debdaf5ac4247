package cn.sifa.enforcement.complaint;

import cn.sifa.core.dictionary.Labeled;

/** 投诉办理结果. */
public enum ComplaintOutcome implements Labeled {
    RECTIFIED("已整改"),
    UNFOUNDED("投诉不成立");

    private final String label;

    ComplaintOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
