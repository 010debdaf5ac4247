package cn.sifa.mediation.dispute;

import cn.sifa.core.dictionary.Labeled;

/** Main states of a mediation case; performance and judicial confirmation are tracked beside AGREEMENT_REACHED. */
public enum CaseStatus implements Labeled {
    REGISTERED("已登记"),
    ACCEPTED("已受理"),
    DECLINED("不予受理"),
    MEDIATING("调解中"),
    AGREEMENT_REACHED("调解成功"),
    FAILED("调解终止"),
    ARCHIVED("已归档");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
