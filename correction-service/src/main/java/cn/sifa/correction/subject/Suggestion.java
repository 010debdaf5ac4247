package cn.sifa.correction.subject;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The next step the 实施办法's triggers suggest; staff decide. Two ADMONITIONs → WARNING; two WARNINGs → propose
 * revocation; out of supervision more than 10 days → WARNING, more than 1 month → propose revocation.
 */
@Schema(name = "CorrectionSuggestion", description = "依《社区矫正法实施办法》提示的下一步措施(由工作人员决定)")
public record Suggestion(
        @Schema(description = "建议措施", example = "WARNING") CorrectionMeasure measure,
        @Schema(description = "建议措施名称", example = "警告") String measureLabel,
        @Schema(description = "理由", example = "受到两次训诫仍不改正") String reason) {

    static final int LOST_CONTACT_WARNING_DAYS = 10;

    /** The strongest suggestion the record's measures and lost contact give, or null. */
    static Suggestion of(Subject s, List<Measure> measures, LocalDate today) {
        if (s.getStatus() == SubjectStatus.DISCHARGED || s.getStatus() == SubjectStatus.TERMINATED
                || s.getStatus() == SubjectStatus.REVOCATION_PROPOSED || s.getStatus() == SubjectStatus.TRANSFERRED_OUT) {
            return null;
        }
        CorrectionMeasure revoke = switch (s.getKind()) {
            case PROBATION -> CorrectionMeasure.PROPOSE_REVOKE_PROBATION;
            case PAROLE -> CorrectionMeasure.PROPOSE_REVOKE_PAROLE;
            case TEMP_OUTSIDE_PRISON -> CorrectionMeasure.PROPOSE_RECOMMITMENT;
            case CONTROL -> CorrectionMeasure.PROPOSE_PUBLIC_SECURITY_PENALTY;
        };
        LocalDate since = s.getLostContactSince();
        if (since != null && today.isAfter(since.plusMonths(1))) {
            return new Suggestion(revoke, revoke.label(), "脱离监管超过一个月");
        }
        long warnings = measures.stream().filter(m -> m.getMeasure() == CorrectionMeasure.WARNING).count();
        if (warnings >= 2) {
            return new Suggestion(revoke, revoke.label(), "受到两次警告仍不改正");
        }
        if (since != null && today.isAfter(since.plusDays(LOST_CONTACT_WARNING_DAYS))) {
            return new Suggestion(CorrectionMeasure.WARNING, CorrectionMeasure.WARNING.label(), "脱离监管超过十日");
        }
        // Admonitions after the last warning: two of them call for a (further) warning.
        LocalDate lastWarning = measures.stream().filter(m -> m.getMeasure() == CorrectionMeasure.WARNING)
                .map(Measure::getDecidedOn).max(LocalDate::compareTo).orElse(LocalDate.MIN);
        long admonitions = measures.stream().filter(m -> m.getMeasure() == CorrectionMeasure.ADMONITION
                && m.getDecidedOn().isAfter(lastWarning)).count();
        if (admonitions >= 2) {
            return new Suggestion(CorrectionMeasure.WARNING, CorrectionMeasure.WARNING.label(), "受到两次训诫仍不改正");
        }
        return null;
    }
}
