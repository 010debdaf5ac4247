package cn.sifa.enforcement.agency;

import cn.sifa.core.dictionary.Labeled;

/** 执法主体类型. */
public enum AgencyKind implements Labeled {
    AUTHORISED("法定或授权执法主体"),
    ENTRUSTED("受委托组织");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
