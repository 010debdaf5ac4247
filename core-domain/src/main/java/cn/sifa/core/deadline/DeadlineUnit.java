package cn.sifa.core.deadline;

import cn.sifa.core.dictionary.Labeled;

public enum DeadlineUnit implements Labeled {
    CALENDAR_DAY("日"), WORKING_DAY("工作日"), MONTH("月"), HOUR("小时");

    private final String label;

    DeadlineUnit(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
