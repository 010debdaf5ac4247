package cn.sifa.legalaid.aidcase;

import cn.sifa.core.dictionary.Labeled;

/** 通知机关 (法律援助法第三十六条). */
public enum Notifier implements Labeled {
    COURT("人民法院"),
    PROCURATORATE("人民检察院"),
    PUBLIC_SECURITY("公安机关");

    private final String label;

    Notifier(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
