package cn.sifa.correction.subject;

import cn.sifa.core.dictionary.Labeled;

/** 性别 (女性社区矫正对象的矫正小组应有女性成员, 社区矫正法第二十五条). */
public enum Gender implements Labeled {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
