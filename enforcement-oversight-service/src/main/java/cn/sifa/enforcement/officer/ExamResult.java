package cn.sifa.enforcement.officer;

import cn.sifa.core.dictionary.Labeled;

/** 执法资格考试结果. */
public enum ExamResult implements Labeled {
    PASSED("合格"),
    FAILED("不合格"),
    NOT_TAKEN("未参加");

    private final String label;

    ExamResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
