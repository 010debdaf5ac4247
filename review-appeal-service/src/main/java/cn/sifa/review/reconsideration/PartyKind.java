package cn.sifa.review.reconsideration;

import cn.sifa.core.dictionary.Labeled;

/** 申请人、第三人的类别 (行政复议法第14-16条: 公民、法人或者其他组织). */
public enum PartyKind implements Labeled {
    NATURAL_PERSON("自然人"),
    LEGAL_PERSON("法人"),
    OTHER_ORG("其他组织");

    private final String label;

    PartyKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
