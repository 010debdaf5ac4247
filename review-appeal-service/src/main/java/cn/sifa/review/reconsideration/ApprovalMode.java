package cn.sifa.review.reconsideration;

import cn.sifa.core.dictionary.Labeled;

/** 决定的批准方式 (行政复议法第61条). */
public enum ApprovalMode implements Labeled {
    HEAD("复议机关负责人批准"),
    COLLECTIVE("集体讨论通过");

    private final String label;

    ApprovalMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
