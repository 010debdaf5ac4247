package cn.sifa.legalaid.aidcase;

import cn.sifa.core.dictionary.Labeled;

/** 异议审查决定 (法律援助法第四十九条). */
public enum ObjectionResult implements Labeled {
    UPHOLD("维持法律援助机构的决定"),
    ORDER_CORRECTION("责令法律援助机构改正");

    private final String label;

    ObjectionResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
