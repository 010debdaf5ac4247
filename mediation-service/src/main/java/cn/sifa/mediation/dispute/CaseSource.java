package cn.sifa.mediation.dispute;

import cn.sifa.core.dictionary.Labeled;

/** How a dispute reached the committee (人民调解法 Arts 17–18 and the 诉调/警调/访调/交调 linkages). */
public enum CaseSource implements Labeled {
    PARTY_APPLICATION("当事人申请"),
    PROACTIVE("主动调解"),
    COURT_REFERRAL("法院委派(诉前调解)"),
    POLICE_REFERRAL("公安移送(警调对接)"),
    PETITION_REFERRAL("信访移送(访调对接)"),
    TRAFFIC_POLICE_REFERRAL("交警移送(交调对接)"),
    OTHER_AGENCY_REFERRAL("其他部门移送");

    private final String label;

    CaseSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
