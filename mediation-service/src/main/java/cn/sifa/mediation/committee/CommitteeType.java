package cn.sifa.mediation.committee;

import cn.sifa.core.dictionary.Labeled;

/** Kinds of 人民调解委员会 (人民调解法 Arts 8 and 34). */
public enum CommitteeType implements Labeled {
    VILLAGE("村民委员会人民调解委员会"),
    RESIDENTS("居民委员会人民调解委员会"),
    ENTERPRISE_INSTITUTION("企业事业单位人民调解委员会"),
    TOWNSHIP_STREET("乡镇(街道)人民调解委员会"),
    INDUSTRY_PROFESSIONAL("行业性专业性人民调解委员会");

    private final String label;

    CommitteeType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
