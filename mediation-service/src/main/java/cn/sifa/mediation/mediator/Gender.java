package cn.sifa.mediation.mediator;

import cn.sifa.core.dictionary.Labeled;

/** Gender, needed for the Art 9 rule that a committee includes a woman. */
public enum Gender implements Labeled {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
