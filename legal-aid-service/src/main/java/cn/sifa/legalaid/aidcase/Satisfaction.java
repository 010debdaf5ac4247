package cn.sifa.legalaid.aidcase;

import cn.sifa.core.dictionary.Labeled;

/** 受援人满意度 (回访). */
public enum Satisfaction implements Labeled {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    DISSATISFIED("不满意");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
