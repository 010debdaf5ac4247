package cn.sifa.mediation.dispute;

import cn.sifa.core.dictionary.Labeled;

/** Natural or legal person. */
public enum PartyKind implements Labeled {
    PERSON("自然人"),
    ORGANIZATION("法人或其他组织");

    private final String label;

    PartyKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
