package cn.sifa.correction.education;

import cn.sifa.core.dictionary.Labeled;

/** 教育学习的形式. */
public enum EducationType implements Labeled {
    GROUP_EDUCATION("集中教育"),
    INDIVIDUAL_TALK("个别教育"),
    LEGAL_EDUCATION("法治教育"),
    VOCATIONAL_TRAINING("职业技能培训"),
    PSYCHOLOGICAL("心理辅导"),
    OTHER("其他");

    private final String label;

    EducationType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
