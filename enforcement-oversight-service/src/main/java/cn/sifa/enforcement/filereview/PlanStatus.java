package cn.sifa.enforcement.filereview;

import cn.sifa.core.dictionary.Labeled;

/** 评查计划状态. */
public enum PlanStatus implements Labeled {
    PLANNED("已制定"),
    SAMPLED("已抽取案卷"),
    CLOSED("已结束");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
