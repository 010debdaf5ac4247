package cn.sifa.mediation.dispute;

import cn.sifa.core.dictionary.Labeled;

/** Who attended a session; invited persons only with the parties' consent (Art 20). */
public enum AttendeeKind implements Labeled {
    PARTY("当事人"),
    AGENT("代理人"),
    RELATIVE("当事人亲属"),
    INVITED("受邀参与人员");

    private final String label;

    AttendeeKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
