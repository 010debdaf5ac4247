package cn.sifa.mediation.dispute;

import cn.sifa.core.dictionary.Labeled;

/** The court's ruling on judicial confirmation (民诉法 Art 206; 民诉解释 Art 358). */
public enum ConfirmationResult implements Labeled {
    CONFIRMED("裁定确认有效"),
    REJECTED("裁定驳回申请");

    private final String label;

    ConfirmationResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
