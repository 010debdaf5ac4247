package cn.sifa.mediation.expert;

import cn.sifa.core.dictionary.Labeled;

/** A 点单式 request to the expert pool. */
public enum ExpertRequestStatus implements Labeled {
    OPEN("待响应"),
    ACCEPTED("专家已接单"),
    DECLINED("专家已拒绝"),
    CANCELLED("已撤回");

    private final String label;

    ExpertRequestStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
