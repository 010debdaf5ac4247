package cn.sifa.correction.alert;

import cn.sifa.core.dictionary.Labeled;

/** 预警的种类. */
public enum AlertType implements Labeled {
    MISSED_REPORT_IN("漏管:逾期未报到/未交付"),
    LOST_CONTACT("脱管"),
    TERM_ENDING("矫正期满前30日"),
    CHECK_IN_MISSED("报告逾期"),
    LEAVE_RETURN_OVERDUE("外出逾期未返回报告"),
    MONITORING_EXPIRING("电子定位期限即将届满"),
    TRANSFER_STEP_OVERDUE("执行地变更环节逾期"),
    PICKUP_DUE("刑满释放人员必接必送");

    private final String label;

    AlertType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
