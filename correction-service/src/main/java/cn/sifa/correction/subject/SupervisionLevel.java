package cn.sifa.correction.subject;

import cn.sifa.core.dictionary.Labeled;

/** 分类管理等级 (社区矫正法第二十四条; 等级与报告频次为地方实践, 报告期限规则可按省调整). */
public enum SupervisionLevel implements Labeled {
    STRICT("严管"),
    NORMAL("普管"),
    LENIENT("宽管");

    private final String label;

    SupervisionLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
