package cn.sifa.legalaid.aidcase;

import cn.sifa.core.dictionary.Labeled;

/** 结案材料 (法律援助法第五十条: 结案报告 and copies of the legal documents). */
public enum ClosingDocumentType implements Labeled {
    CLOSING_REPORT("结案报告"),
    JUDGMENT("判决书、裁定书"),
    MEDIATION_AGREEMENT("调解书、调解协议"),
    ARBITRATION_AWARD("仲裁裁决书"),
    DEFENCE_OPINION("辩护词"),
    AGENCY_OPINION("代理词"),
    MEETING_RECORD("会见笔录"),
    POWER_OF_ATTORNEY("委托协议、授权委托书"),
    OTHER("其他材料");

    private final String label;

    ClosingDocumentType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
