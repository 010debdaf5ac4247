package cn.sifa.legalaid.aidcase;

import cn.sifa.core.dictionary.Labeled;

/** 承办服务记录类型. */
public enum ServiceKind implements Labeled {
    MEETING("会见"),
    FILE_REVIEW("阅卷"),
    INVESTIGATION("调查取证"),
    HEARING("出庭"),
    MEDIATION("调解、和解"),
    DOCUMENT("文书"),
    OTHER("其他");

    private final String label;

    ServiceKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
