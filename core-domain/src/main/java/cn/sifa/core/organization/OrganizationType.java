package cn.sifa.core.organization;

import cn.sifa.core.dictionary.Labeled;

public enum OrganizationType implements Labeled {
    BUREAU("司法局"),
    JUSTICE_OFFICE("司法所"),
    MEDIATION_COMMITTEE("人民调解委员会"),
    LEGAL_AID_CENTER("法律援助中心"),
    REVIEW_BODY("行政复议机构"),
    CORRECTION_AGENCY("社区矫正机构"),
    ENFORCEMENT_AGENCY("行政执法机关");

    private final String label;

    OrganizationType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
