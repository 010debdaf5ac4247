package cn.sifa.review.litigation;

import cn.sifa.core.dictionary.Labeled;

/** 负责人不能出庭的正当理由 (最高法出庭应诉规定第8条). */
public enum AbsenceReason implements Labeled {
    FORCE_MAJEURE("不可抗力"),
    ACCIDENT("意外事件"),
    IRREPLACEABLE_DUTY("需要履行他人不能代替的公务"),
    OTHER_JUSTIFIED("其他正当理由");

    private final String label;

    AbsenceReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
