package cn.sifa.review.litigation;

import cn.sifa.core.dictionary.Labeled;

/** 法院适用的程序 (行政诉讼法第82、83条: 简易程序 45 日审结, first instance only). */
public enum CourtProcedure implements Labeled {
    ORDINARY("普通程序"),
    SIMPLE("简易程序");

    private final String label;

    CourtProcedure(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
