package cn.sifa.legalaid.application;

import cn.sifa.core.dictionary.Labeled;

/** 法律援助申请状态. */
public enum ApplicationStatus implements Labeled {
    AWAITING_FORWARDING("在押人员申请待转交"),
    UNDER_REVIEW("审查中"),
    AWAITING_MATERIALS("待补充材料"),
    PRE_PROVIDED("已先行提供法律援助"),
    GRANTED("给予法律援助"),
    REFUSED("不予法律援助"),
    OBJECTION_FILED("异议审查中"),
    UPHELD("异议审查维持原决定"),
    DEEMED_WITHDRAWN("视为撤回申请");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
