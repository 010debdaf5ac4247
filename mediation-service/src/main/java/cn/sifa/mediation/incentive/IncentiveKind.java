package cn.sifa.mediation.incentive;

import cn.sifa.core.dictionary.Labeled;

/** What a subsidy rule pays for: a successful mediation, a mediation that ended without agreement, a screening. */
public enum IncentiveKind implements Labeled {
    SUCCESSFUL_MEDIATION("调解成功"),
    CONCLUDED_WITHOUT_AGREEMENT("调解终止"),
    SCREENING("矛盾纠纷排查");

    private final String label;

    IncentiveKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
