package cn.sifa.enforcement.normative;

import cn.sifa.core.dictionary.Labeled;

/** 规范性文件备案审查状态. */
public enum NormativeStatus implements Labeled {
    FILED("已备案"),
    NO_ISSUE("审查无异议"),
    CORRECTION_REQUIRED("需纠正"),
    CORRECTED_REPORTED("已纠正并报告");

    private final String label;

    NormativeStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
