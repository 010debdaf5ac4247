package cn.sifa.review.litigation;

import cn.sifa.core.dictionary.Labeled;

/** 败诉责任追究的处理方式. */
public enum AccountabilityMeasure implements Labeled {
    DISMISSAL("撤职"),
    DEMOTION("降级"),
    DEMERIT("记过"),
    ADMONISHMENT("诫勉"),
    REMINDER_TALK("谈话提醒"),
    CRITICISM("通报批评"),
    OTHER("其他");

    private final String label;

    AccountabilityMeasure(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
