package cn.sifa.review.reconsideration;

import cn.sifa.core.dictionary.Labeled;

/** 受理审查结论 (行政复议法第30-31条). */
public enum AcceptanceDecision implements Labeled {
    ACCEPT("受理"),
    NOT_ACCEPT("不予受理"),
    REQUEST_CORRECTION("通知补正");

    private final String label;

    AcceptanceDecision(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
