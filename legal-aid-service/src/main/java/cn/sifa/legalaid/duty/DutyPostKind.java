package cn.sifa.legalaid.duty;

import cn.sifa.core.dictionary.Labeled;

/** 值班律师工作站 (法律援助法第十四条). */
public enum DutyPostKind implements Labeled {
    COURT("人民法院"),
    PROCURATORATE("人民检察院"),
    DETENTION_HOUSE("看守所");

    private final String label;

    DutyPostKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
