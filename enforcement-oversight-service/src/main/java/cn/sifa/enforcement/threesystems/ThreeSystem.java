package cn.sifa.enforcement.threesystems;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;

import cn.sifa.core.dictionary.Labeled;
import cn.sifa.enforcement.action.EnforcementActType;
import cn.sifa.enforcement.action.ReportedAction;

/**
 * 三项制度 (国办发〔2018〕118号) as measured on the reported actions. Each constant knows which actions it counts
 * (denominator) and which of them comply (numerator) in SQL over {@code enf_action a} (the rates), and which offend
 * as a specification of {@link ReportedAction} (the list of offenders); {@code ThreeSystemsOffencesApiTest} holds the two alike.
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

        @Override
        public Specification<ReportedAction> offending(LocalDate today) {
            return (root, query, cb) -> cb.or(
                    cb.greaterThan(root.<LocalDate>get("publicizedOn"), root.<LocalDate>get("publicationDueOn")),
                    cb.and(cb.isNull(root.get("publicizedOn")), cb.lessThan(root.<LocalDate>get("publicationDueOn"), today)));
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

        @Override
        public Specification<ReportedAction> offending(LocalDate today) {
            return (root, query, cb) -> cb.and(cb.isTrue(root.get("major")), cb.or(cb.isNull(root.get("legalReviewedOn")),
                    cb.greaterThan(root.<LocalDate>get("legalReviewedOn"), root.<LocalDate>get("decidedOn"))));
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

        @Override
        public Specification<ReportedAction> offending(LocalDate today) {
            return (root, query, cb) -> cb.and(root.get("actType").in(ON_SITE), cb.isFalse(root.get("recordedAudioVisual")));
        }
    };

    private static final List<EnforcementActType> ON_SITE = List.of(EnforcementActType.PENALTY, EnforcementActType.COERCION,
            EnforcementActType.INSPECTION);

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

    /** The counted actions that do not comply: {@code counted and not coalesce(complying, false)}. */
    public abstract Specification<ReportedAction> offending(LocalDate today);
}
