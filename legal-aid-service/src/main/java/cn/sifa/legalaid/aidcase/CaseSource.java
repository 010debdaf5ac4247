package cn.sifa.legalaid.aidcase;

import cn.sifa.core.dictionary.Labeled;

/** 案件来源. */
public enum CaseSource implements Labeled {
    APPLICATION("依申请给予"),
    PRE_PROVISION("先行提供法律援助"),
    NOTIFICATION("通知辩护/代理");

    private final String label;

    CaseSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
