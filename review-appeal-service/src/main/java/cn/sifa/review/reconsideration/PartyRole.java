package cn.sifa.review.reconsideration;

import cn.sifa.core.dictionary.Labeled;

/** 申请人或第三人 (行政复议法第16条). */
public enum PartyRole implements Labeled {
    APPLICANT("申请人"),
    THIRD_PARTY("第三人");

    private final String label;

    PartyRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
