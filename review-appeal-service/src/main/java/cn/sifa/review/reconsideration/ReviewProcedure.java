package cn.sifa.review.reconsideration;

import cn.sifa.core.dictionary.Labeled;

/** 审理程序 (行政复议法第48条、第53条). */
public enum ReviewProcedure implements Labeled {
    ORDINARY("普通程序"),
    SIMPLE("简易程序");

    private final String label;

    ReviewProcedure(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
