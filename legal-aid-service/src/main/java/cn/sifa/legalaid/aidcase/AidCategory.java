package cn.sifa.legalaid.aidcase;

import cn.sifa.core.dictionary.Labeled;

/** 案件类别. */
public enum AidCategory implements Labeled {
    CIVIL("民事"),
    CRIMINAL("刑事"),
    ADMINISTRATIVE("行政"),
    STATE_COMPENSATION("国家赔偿"),
    NON_LITIGATION("非诉讼");

    private final String label;

    AidCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
