package cn.sifa.correction.supervision;

import cn.sifa.core.dictionary.Labeled;

/** The risk a psychological assessment (心理评估) found. */
public enum PsychRiskLevel implements Labeled {
    LOW("低"),
    MEDIUM("中"),
    HIGH("高");

    private final String label;

    PsychRiskLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
