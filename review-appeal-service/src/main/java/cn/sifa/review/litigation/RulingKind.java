package cn.sifa.review.litigation;

import cn.sifa.core.dictionary.Labeled;

/** 裁判文书种类. */
public enum RulingKind implements Labeled {
    JUDGMENT("判决"),
    RULING("裁定");

    private final String label;

    RulingKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
