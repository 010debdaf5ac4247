package cn.sifa.enforcement.threesystems;

import java.time.LocalDate;

import cn.sifa.core.dictionary.Labeled;

/**
 * 三项制度 (国办发〔2018〕118号) as measured on the reported actions. Each constant knows which actions it counts
 * (denominator), which of them comply (numerator) and which offend, in SQL over {@code enf_action a}.
 */
public enum ThreeSystem implements Labeled {
    /** Published by the stored due date (7 working days for licensing/penalty, 20 for others). Unpublished ones count once due. */
    PUBLICATION("执法决定按时公示") {
        @Override
        public String counted(LocalDate today) {
            return "a.publicized_on is not null or a.publication_due_on < date '" + today + "'";
        }

        @Override
        public String complying(LocalDate today) {
            return "a.publicized_on <= a.publication_due_on";
        }
    },
    /** Every major decision had its legal review on or before the decision date (行政处罚法 Art 58). */
    LEGAL_REVIEW("重大执法决定法制审核") {
        @Override
        public String counted(LocalDate today) {
            return "a.major";
        }

        @Override
        public String complying(LocalDate today) {
            return "a.major and a.legal_reviewed_on <= a.decided_on";
        }
    },
    /** On-site enforcement (penalty, coercion, inspection) recorded audio-visually from start to end (Art 47). */
    RECORDING("执法全过程音像记录") {
        @Override
        public String counted(LocalDate today) {
            return "a.act_type in ('PENALTY', 'COERCION', 'INSPECTION')";
        }

        @Override
        public String complying(LocalDate today) {
            return "a.act_type in ('PENALTY', 'COERCION', 'INSPECTION') and a.recorded_audio_visual";
        }
    };

    private final String label;

    ThreeSystem(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public abstract String counted(LocalDate today);

    public abstract String complying(LocalDate today);

    public String offending(LocalDate today) {
        return "(" + counted(today) + ") and not coalesce(" + complying(today) + ", false)";
    }
}
