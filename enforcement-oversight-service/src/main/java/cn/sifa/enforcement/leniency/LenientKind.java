package cn.sifa.enforcement.leniency;

import cn.sifa.core.dictionary.Labeled;

/** 不予处罚情形(行政处罚法第三十三条). */
public enum LenientKind implements Labeled {
    FIRST_OFFENCE("首违不罚"),
    MINOR_NO_HARM("轻微不罚"),
    NO_FAULT("无主观过错不罚");

    private final String label;

    LenientKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
