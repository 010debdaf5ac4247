package cn.sifa.mediation.dispute;

import cn.sifa.core.dictionary.Labeled;

/** The workflow steps of a case; {@link #path()} is the last segment of {@code POST /cases/{id}/…}. */
public enum CaseAction implements Labeled {
    REGISTER("register", "登记"),
    ACCEPT("accept", "受理"),
    DECLINE("decline", "不予受理"),
    SESSION("sessions", "记录调解"),
    ESCALATION_REPORT("escalation-reports", "报告激化风险"),
    EXPERT_REQUEST("expert-requests", "申请专家调解"),
    AGREEMENT("agreement", "达成调解协议"),
    FAIL("fail", "终止调解"),
    PERFORMANCE("performance", "登记履行情况"),
    JUDICIAL_CONFIRMATION("judicial-confirmation", "司法确认"),
    FOLLOW_UP("follow-ups", "回访"),
    ARCHIVE("archive", "归档");

    private final String path;
    private final String label;

    CaseAction(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public String path() {
        return path;
    }

    @Override
    public String label() {
        return label;
    }
}
