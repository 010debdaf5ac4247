package cn.sifa.mediation.studio;

import cn.sifa.core.dictionary.Labeled;

/** Who awarded an honour. */
public enum HonourLevel implements Labeled {
    NATIONAL("国家级"),
    PROVINCIAL("省级"),
    CITY("市级"),
    COUNTY("县级");

    private final String label;

    HonourLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
