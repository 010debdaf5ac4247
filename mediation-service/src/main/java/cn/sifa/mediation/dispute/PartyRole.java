package cn.sifa.mediation.dispute;

import cn.sifa.core.dictionary.Labeled;

/** A party's role in the dispute. */
public enum PartyRole implements Labeled {
    APPLICANT("申请人"),
    RESPONDENT("被申请人"),
    THIRD_PARTY("第三人");

    private final String label;

    PartyRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
