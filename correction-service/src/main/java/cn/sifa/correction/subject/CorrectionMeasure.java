package cn.sifa.correction.subject;

import cn.sifa.core.dictionary.Labeled;

/** 奖惩措施 (社区矫正法第二十八条, 第二十九条, 第三十三条). */
public enum CorrectionMeasure implements Labeled {
    COMMENDATION("表扬"),
    ADMONITION("训诫"),
    WARNING("警告"),
    PROPOSE_PUBLIC_SECURITY_PENALTY("提请治安管理处罚"),
    PROPOSE_REVOKE_PROBATION("提请撤销缓刑"),
    PROPOSE_REVOKE_PAROLE("提请撤销假释"),
    PROPOSE_RECOMMITMENT("提请收监执行"),
    PROPOSE_ARREST("提请逮捕"),
    PROPOSE_SENTENCE_REDUCTION("提请减刑"),
    ELECTRONIC_MONITORING("使用电子定位装置");

    private final String label;

    CorrectionMeasure(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
