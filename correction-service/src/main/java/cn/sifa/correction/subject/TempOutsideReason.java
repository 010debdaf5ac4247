package cn.sifa.correction.subject;

import cn.sifa.core.dictionary.Labeled;

/** 暂予监外执行的情形 (刑事诉讼法第二百六十五条). */
public enum TempOutsideReason implements Labeled {
    MEDICAL_PAROLE("保外就医"),
    PREGNANT_OR_NURSING("怀孕或者正在哺乳自己婴儿"),
    UNABLE_SELF_CARE("生活不能自理");

    private final String label;

    TempOutsideReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
