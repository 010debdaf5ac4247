package cn.sifa.mediation.screening;

import cn.sifa.core.dictionary.Labeled;

/** Risk of a screened dispute. */
public enum RiskLevel implements Labeled {
    LOW("低风险"),
    MEDIUM("中风险"),
    HIGH("高风险");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
