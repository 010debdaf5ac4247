package cn.sifa.review.litigation;

import cn.sifa.core.dictionary.Labeled;

/** 审级. */
public enum Instance implements Labeled {
    FIRST("一审"),
    SECOND("二审"),
    RETRIAL("再审");

    private final String label;

    Instance(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
