package cn.sifa.review.litigation;

import cn.sifa.core.dictionary.Labeled;

/** 行政应诉案件状态. */
public enum LitigationStatus implements Labeled {
    SUMMONS_RECEIVED("已收到起诉状副本"),
    DEFENCE_FILED("已答辩举证"),
    HEARD("已开庭"),
    JUDGED("已判决(裁定)"),
    APPEALED("已上诉"),
    EFFECTIVE("已生效");

    private final String label;

    LitigationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
