package cn.sifa.correction.subject;

import cn.sifa.core.dictionary.Labeled;

/** 矫正结束方式: 解除 (社区矫正法第四十四条) 或终止 (第四十五条). */
public enum EndType implements Labeled {
    DISCHARGED_EXPIRY("矫正期满解除"),
    DISCHARGED_PARDON("特赦解除"),
    TERMINATED_PROBATION_REVOKED("撤销缓刑"),
    TERMINATED_PAROLE_REVOKED("撤销假释"),
    TERMINATED_RECOMMITTED("收监执行"),
    TERMINATED_DEATH("死亡");

    private final String label;

    EndType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
