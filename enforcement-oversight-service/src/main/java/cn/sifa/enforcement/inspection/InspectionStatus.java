package cn.sifa.enforcement.inspection;

import cn.sifa.core.dictionary.Labeled;

/** 涉企检查状态. */
public enum InspectionStatus implements Labeled {
    REQUESTED("待审批"),
    APPROVED("已审批"),
    NOTIFIED("已告知"),
    CHECKED_IN("已扫码入企"),
    COMPLETED("已完成"),
    REJECTED("不予批准");

    private final String label;

    InspectionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
