package cn.sifa.core.deadline;

import cn.sifa.core.dictionary.Labeled;

public enum DeadlineStatus implements Labeled {
    PENDING("未到期"), DUE_SOON("即将到期"), OVERDUE("已逾期"), MET("按期完成"), MISSED("逾期完成"), CANCELLED("不再适用");

    private final String label;

    DeadlineStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
