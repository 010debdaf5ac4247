package cn.sifa.mediation.mediator;

import cn.sifa.core.dictionary.Labeled;

/** 等级评定 of mediators (local practice, e.g. 衢州 2022 plan) [U]. */
public enum MediatorGrade implements Labeled {
    CHIEF("首席调解员"),
    SENIOR("一级调解员"),
    INTERMEDIATE("二级调解员"),
    JUNIOR("三级调解员"),
    UNRATED("未评定");

    private final String label;

    MediatorGrade(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
