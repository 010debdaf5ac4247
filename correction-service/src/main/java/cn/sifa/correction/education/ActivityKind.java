package cn.sifa.correction.education;

import cn.sifa.core.dictionary.Labeled;

/** 教育帮扶 (社区矫正法第三十五至四十二条) records: education and learning, or community service (公益活动). */
public enum ActivityKind implements Labeled {
    EDUCATION("教育学习"),
    COMMUNITY_SERVICE("公益活动");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
