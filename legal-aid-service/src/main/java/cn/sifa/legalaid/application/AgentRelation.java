package cn.sifa.legalaid.application;

import cn.sifa.core.dictionary.Labeled;

/** 代为申请人身份. */
public enum AgentRelation implements Labeled {
    AGENT("代理人"),
    GUARDIAN("法定代理人、监护人");

    private final String label;

    AgentRelation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
