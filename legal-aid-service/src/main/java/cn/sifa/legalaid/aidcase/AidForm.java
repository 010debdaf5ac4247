package cn.sifa.legalaid.aidcase;

import cn.sifa.core.dictionary.Labeled;

/** 法律援助形式 (法律援助法第二十二条). */
public enum AidForm implements Labeled {
    CONSULTATION("法律咨询"),
    DOCUMENT_DRAFTING("代拟法律文书"),
    CRIMINAL_DEFENCE_AGENCY("刑事辩护与代理"),
    CIVIL_ADMIN_STATE_COMP_AGENCY("民事、行政、国家赔偿案件诉讼代理及非诉讼代理"),
    DUTY_LAWYER_HELP("值班律师法律帮助"),
    LABOR_ARBITRATION_AGENCY("劳动争议调解与仲裁代理"),
    OTHER("其他");

    private final String label;

    AidForm(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
