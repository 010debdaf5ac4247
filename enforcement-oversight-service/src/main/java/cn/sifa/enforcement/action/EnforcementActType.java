package cn.sifa.enforcement.action;

import cn.sifa.core.dictionary.Labeled;

/** 执法行为类别(权责清单常见分类,非国家统一代码). */
public enum EnforcementActType implements Labeled {
    LICENSING("行政许可"),
    PENALTY("行政处罚"),
    COERCION("行政强制"),
    LEVY("行政征收"),
    REQUISITION("行政征用"),
    FEE("行政收费"),
    INSPECTION("行政检查"),
    CONFIRMATION("行政确认"),
    BENEFIT("行政给付"),
    REWARD("行政奖励"),
    ADJUDICATION("行政裁决"),
    OTHER("其他");

    private final String label;

    EnforcementActType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
