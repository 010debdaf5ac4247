package cn.sifa.mediation.dispute;

import cn.sifa.core.dictionary.Labeled;

/** 人民调解法 Arts 28–30: a written 协议书, or an oral agreement the mediator records. */
public enum AgreementForm implements Labeled {
    WRITTEN("书面协议"),
    ORAL("口头协议");

    private final String label;

    AgreementForm(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
