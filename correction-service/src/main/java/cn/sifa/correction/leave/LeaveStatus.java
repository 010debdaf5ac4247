package cn.sifa.correction.leave;

import cn.sifa.core.dictionary.Labeled;

/** 外出申请的状态. */
public enum LeaveStatus implements Labeled {
    REQUESTED("待审批"),
    APPROVED("已批准"),
    REFUSED("不予批准"),
    RETURNED("已返回报告");

    private final String label;

    LeaveStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
