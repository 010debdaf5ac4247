package cn.sifa.correction.assessment;

import cn.sifa.core.dictionary.Labeled;

/** 调查评估的状态. */
public enum InvestigationStatus implements Labeled {
    COMMISSIONED("已受托"),
    SUBMITTED("已提交评估意见");

    private final String label;

    InvestigationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
