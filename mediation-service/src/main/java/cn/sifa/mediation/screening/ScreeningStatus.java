package cn.sifa.mediation.screening;

import cn.sifa.core.dictionary.Labeled;

/** A screening is open until it becomes a case or is resolved on the spot. */
public enum ScreeningStatus implements Labeled {
    OPEN("待处理"),
    CONVERTED("已转为调解案件"),
    RESOLVED("当场化解");

    private final String label;

    ScreeningStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
