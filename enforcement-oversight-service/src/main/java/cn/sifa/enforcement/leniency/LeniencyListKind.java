package cn.sifa.enforcement.leniency;

import cn.sifa.core.dictionary.Labeled;

/** 清单类别. */
public enum LeniencyListKind implements Labeled {
    NO_PENALTY("免罚清单"),
    LIGHTER_PENALTY("轻罚清单");

    private final String label;

    LeniencyListKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
