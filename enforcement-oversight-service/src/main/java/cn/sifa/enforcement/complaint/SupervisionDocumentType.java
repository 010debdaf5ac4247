package cn.sifa.enforcement.complaint;

import cn.sifa.core.dictionary.Labeled;

/** 执法监督文书. */
public enum SupervisionDocumentType implements Labeled {
    REMINDER_LETTER("执法提醒函"),
    SUPERVISION_OPINION("执法监督意见书"),
    SUPERVISION_DECISION("执法监督决定书");

    private final String label;

    SupervisionDocumentType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
