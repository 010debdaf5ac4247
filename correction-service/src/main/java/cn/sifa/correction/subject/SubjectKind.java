package cn.sifa.correction.subject;

import cn.sifa.core.dictionary.Labeled;

/** 社区矫正对象类别 (社区矫正法第二条; 剥夺政治权利由公安机关执行, 不在此列). */
public enum SubjectKind implements Labeled {
    CONTROL("管制"),
    PROBATION("缓刑"),
    PAROLE("假释"),
    TEMP_OUTSIDE_PRISON("暂予监外执行");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
