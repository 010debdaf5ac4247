package cn.sifa.review.reconsideration;

import cn.sifa.core.dictionary.Labeled;

/** 行政复议案件状态. */
public enum ReconsiderationStatus implements Labeled {
    RECEIVED("已收到申请"),
    CORRECTION_REQUESTED("待补正"),
    ACCEPTED("已受理"),
    COPY_SENT("已发送答复通知"),
    UNDER_REVIEW("审理中"),
    SUSPENDED("中止"),
    DECIDED("已作出决定"),
    SERVED("已送达"),
    FINAL("决定已生效(未起诉)"),
    LITIGATED("已起诉"),
    NOT_ACCEPTED("不予受理"),
    ABANDONED("视为放弃"),
    TERMINATED("已终止"),
    MEDIATED("调解结案");

    private final String label;

    ReconsiderationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
