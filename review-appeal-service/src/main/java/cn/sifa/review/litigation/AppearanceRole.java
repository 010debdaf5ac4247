package cn.sifa.review.litigation;

import cn.sifa.core.dictionary.Labeled;

/** 出庭人员 (最高法出庭应诉规定第2条). */
public enum AppearanceRole implements Labeled {
    PRINCIPAL_HEAD("正职负责人"),
    DEPUTY_HEAD("副职负责人"),
    HEAD_IN_CHARGE("分管负责人"),
    STAFF("相应工作人员");

    private final String label;

    AppearanceRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
