package cn.sifa.enforcement.filing;

import cn.sifa.core.dictionary.Labeled;

/** 重大行政处罚备案状态. */
public enum FilingStatus implements Labeled {
    FILED("已备案"),
    NO_ISSUE("审查无异议"),
    CORRECTION_REQUIRED("责令纠正"),
    CORRECTED("已纠正");

    private final String label;

    FilingStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
