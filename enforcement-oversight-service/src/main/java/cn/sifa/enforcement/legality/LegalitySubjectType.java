package cn.sifa.enforcement.legality;

import cn.sifa.core.dictionary.Labeled;

/** 合法性审查事项. */
public enum LegalitySubjectType implements Labeled {
    MAJOR_DECISION("重大行政决策"),
    CONTRACT("政府合同"),
    MEETING_AGENDA("常务会议议题");

    private final String label;

    LegalitySubjectType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
