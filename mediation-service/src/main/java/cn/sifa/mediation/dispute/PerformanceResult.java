package cn.sifa.mediation.dispute;

import cn.sifa.core.dictionary.Labeled;

/** Performance monitoring of an agreement (Art 31). */
public enum PerformanceResult implements Labeled {
    PERFORMED("已履行"),
    BREACHED("未履行");

    private final String label;

    PerformanceResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
