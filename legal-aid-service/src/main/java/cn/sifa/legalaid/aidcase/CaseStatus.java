package cn.sifa.legalaid.aidcase;

import cn.sifa.core.dictionary.Labeled;

/** 法律援助案件状态. */
public enum CaseStatus implements Labeled {
    AWAITING_ASSIGNMENT("待指派"),
    ASSIGNED("已指派"),
    IN_SERVICE("承办中"),
    TERMINATED("已终止"),
    OBJECTION_FILED("终止异议审查中"),
    CLOSED("已结案");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
