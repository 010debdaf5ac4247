package cn.sifa.mediation.committee;

import cn.sifa.core.dictionary.Labeled;

/** A committee member's office (Art 9: 主任一人,必要时副主任若干人). */
public enum MemberPosition implements Labeled {
    DIRECTOR("主任"),
    DEPUTY_DIRECTOR("副主任"),
    MEMBER("委员");

    private final String label;

    MemberPosition(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
