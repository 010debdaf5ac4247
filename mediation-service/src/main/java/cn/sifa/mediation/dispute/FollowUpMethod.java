package cn.sifa.mediation.dispute;

import cn.sifa.core.dictionary.Labeled;

/** How a follow-up visit (回访) was made. */
public enum FollowUpMethod implements Labeled {
    PHONE("电话回访"),
    VISIT("上门回访"),
    ONLINE("网络回访");

    private final String label;

    FollowUpMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
