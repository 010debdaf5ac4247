package cn.sifa.review.reconsideration;

import cn.sifa.core.dictionary.Labeled;

/** 申请方式 (行政复议法第22条、第32条). */
public enum ApplicationChannel implements Labeled {
    WRITTEN("书面申请"),
    ONLINE("网上申请"),
    ORAL("口头申请"),
    VIA_AGENCY("通过作出行政处罚决定的行政机关提交");

    private final String label;

    ApplicationChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
