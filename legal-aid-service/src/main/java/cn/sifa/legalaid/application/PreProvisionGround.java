package cn.sifa.legalaid.application;

import cn.sifa.core.dictionary.Labeled;

/** 先行提供法律援助的情形 (法律援助法第四十四条). */
public enum PreProvisionGround implements Labeled {
    LIMITATION_NEAR("距法定时效或者期限届满不足七日"),
    URGENT_PRESERVATION("需要立即申请财产保全、证据保全或者先予执行");

    private final String label;

    PreProvisionGround(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
