package cn.sifa.enforcement.filing;

import cn.sifa.core.dictionary.Labeled;

/** 备案审查结论. */
public enum FilingReviewResult implements Labeled {
    NO_ISSUE("无异议"),
    CORRECTION_REQUIRED("责令纠正");

    private final String label;

    FilingReviewResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
