package cn.sifa.enforcement.filereview;

import cn.sifa.core.dictionary.Labeled;

/** 评查等次. */
public enum Grade implements Labeled {
    EXCELLENT("优秀"),
    PASS("合格"),
    FAIL("不合格");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
