package cn.sifa.correction.subject;

import cn.sifa.core.dictionary.Labeled;

/** 报告的种类: the regular report of the supervision level, or a 暂予监外执行 health report or 保外就医 re-check. */
public enum CheckInType implements Labeled {
    REGULAR("定期报告"),
    HEALTH_REPORT("病情报告"),
    MEDICAL_RECHECK("病情复查");

    private final String label;

    CheckInType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
