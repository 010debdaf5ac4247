package cn.sifa.correction.assessment;

import cn.sifa.core.dictionary.Labeled;

/** 调查评估的委托机关类别 (社区矫正法第十八条). */
public enum AuthorityType implements Labeled {
    COURT("人民法院"),
    PROCURATORATE("人民检察院"),
    PUBLIC_SECURITY("公安机关"),
    PRISON("监狱管理机关");

    private final String label;

    AuthorityType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
