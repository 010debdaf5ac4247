package cn.sifa.correction.monitoring;

import cn.sifa.core.dictionary.Labeled;

/** 电子定位的状态. */
public enum MonitoringStatus implements Labeled {
    ACTIVE("使用中"),
    ENDED("已解除");

    private final String label;

    MonitoringStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
