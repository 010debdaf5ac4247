package cn.sifa.legalaid.aidcase;

import cn.sifa.core.dictionary.Labeled;

/** 援助事项 (法律援助法第二十四条、第二十九条、第三十一条、第三十三条). */
public enum AidMatter implements Labeled {
    STATE_COMPENSATION("依法请求国家赔偿"),
    SOCIAL_INSURANCE_ASSISTANCE("请求给予社会保险待遇或者社会救助"),
    PENSION("请求发给抚恤金"),
    MAINTENANCE("请求给付赡养费、抚养费、扶养费"),
    LABOUR_RELATION("请求确认劳动关系"),
    LABOUR_REMUNERATION("请求支付劳动报酬"),
    CIVIL_CAPACITY("请求认定公民无民事行为能力或者限制民事行为能力"),
    WORK_INJURY("请求工伤事故人身损害赔偿"),
    TRAFFIC_INJURY("请求交通事故人身损害赔偿"),
    FOOD_DRUG_INJURY("请求食品药品安全事故人身损害赔偿"),
    MEDICAL_INJURY("请求医疗事故人身损害赔偿"),
    ENVIRONMENTAL_DAMAGE("请求环境污染、生态破坏损害赔偿"),
    CRIMINAL_DEFENCE("刑事辩护"),
    CRIMINAL_VICTIM("刑事被害人、自诉人代理"),
    APPEAL_RETRIAL("申诉、再审"),
    OTHER("其他");

    private final String label;

    AidMatter(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
