package cn.sifa.enforcement.officer;

import cn.sifa.core.dictionary.Labeled;

/** 执法证状态. */
public enum CertificateStatus implements Labeled {
    VALID("有效"),
    EXPIRING_SOON("30日内到期"),
    EXPIRED("已过期");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
