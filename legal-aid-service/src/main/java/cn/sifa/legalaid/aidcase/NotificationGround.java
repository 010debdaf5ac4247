package cn.sifa.legalaid.aidcase;

import cn.sifa.core.dictionary.Labeled;

/** 通知辩护/代理的情形 (法律援助法第二十五条、第二十八条). */
public enum NotificationGround implements Labeled {
    MINOR("未成年人"),
    DISABLED_SENSORY("视力、听力、言语残疾人"),
    DIMINISHED_CAPACITY("不能完全辨认自己行为的成年人"),
    LIFE_OR_DEATH("可能被判处无期徒刑、死刑的人"),
    DEATH_REVIEW("申请法律援助的死刑复核案件被告人"),
    IN_ABSENTIA("缺席审判案件的被告人"),
    COMPULSORY_MEDICAL("强制医疗案件的被申请人或者被告人"),
    OTHER_ORDINARY("其他适用普通程序审理的刑事案件");

    private final String label;

    NotificationGround(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
