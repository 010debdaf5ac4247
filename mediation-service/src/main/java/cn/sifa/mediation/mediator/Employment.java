package cn.sifa.mediation.mediator;

import cn.sifa.core.dictionary.Labeled;

/** 专职 or 兼职 mediator (专职调解员占比 is a target figure). */
public enum Employment implements Labeled {
    FULL_TIME("专职"),
    PART_TIME("兼职");

    private final String label;

    Employment(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
