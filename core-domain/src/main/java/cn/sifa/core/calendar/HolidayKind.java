package cn.sifa.core.calendar;

import cn.sifa.core.dictionary.Labeled;

/** An entry of the State Council's schedule: a day off, or a weekend day worked in exchange (调休上班). */
public enum HolidayKind implements Labeled {
    HOLIDAY("法定节假日"), MAKEUP_WORKDAY("调休上班日");

    private final String label;

    HolidayKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
