package cn.sifa.review.reconsideration;

import cn.sifa.core.dictionary.Labeled;

/** 适用简易程序的情形 (行政复议法第53条). */
public enum SimpleProcedureGround implements Labeled {
    ON_THE_SPOT_ACT("当场作出的行政行为"),
    WARNING_OR_CRITICISM("警告或者通报批评"),
    SMALL_AMOUNT("涉案款额三千元以下"),
    GOV_INFO("政府信息公开"),
    PARTIES_AGREE("当事人各方同意适用简易程序");

    private final String label;

    SimpleProcedureGround(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
