package cn.sifa.mediation.dispute;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.list.Filters;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.workflow.DueDates;

/**
 * The list filters of {@code GET /cases}: plain query parameters named after fields (CONVENTIONS), plus the
 * worklist views mine / my unit / due soon / overdue. {@code from}/{@code to} bound the received date, inclusive.
 */
public record CaseFilter(List<CaseStatus> status, DisputeType disputeType, CaseSource source, LocalDate from,
                         LocalDate to, String q, Boolean overdue, Boolean dueSoon, String divisionCode, UUID committeeId,
                         Boolean mine, Boolean unit) {

    public void validate() {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (from != null && to != null && from.isAfter(to)) {
            errors.add("to", "date-order", "结束日期 " + to + " 不能早于开始日期 " + from);
        }
        if (q != null && q.length() > 100) {
            errors.add("q", "size", "检索词不能超过100个字符");
        }
        errors.throwIfAny();
    }

    /**
     * The filter as one specification (core {@link Filters}); due and overdue read {@code core_deadline} through the
     * core {@link DueDates}, so a list row shows the same due date and overdue flag as the case's detail.
     */
    public Specification<MediationCase> toSpecification(DivisionScope scope, DueDates dueDates, LocalDate today,
                                                        String subject, UUID organizationId) {
        return Filters.of(MediationCase.class)
                .division(scope, divisionCode)
                .in("status", status)
                .eq("disputeType", disputeType)
                .eq("source", source)
                .between("receivedOn", from, to)
                .eq("committeeId", committeeId)
                .and(DueDates.overdue(overdue, today))
                .and(dueDates.dueSoon(dueSoon, today))
                .and(Boolean.TRUE.equals(mine) ? only("assignee", subject) : null)
                .and(Boolean.TRUE.equals(unit) ? only("organizationId", organizationId) : null)
                .and(text(q))
                .build();
    }

    /** {@code attribute = value}; nothing matches when the caller has no such value. */
    private static Specification<MediationCase> only(String attribute, Object value) {
        return (root, query, cb) -> value == null ? cb.disjunction() : cb.equal(root.get(attribute), value);
    }

    /** Case number, summary or a party's name; case-insensitive for the Latin letters of case numbers. */
    private static Specification<MediationCase> text(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String like = "%" + q.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return (root, query, cb) -> {
            Subquery<UUID> byParty = query.subquery(UUID.class);
            var party = byParty.from(CaseParty.class);
            byParty.select(party.get("mediationCase").get("id"))
                    .where(cb.like(cb.lower(party.get("name")), like, '\\'));
            return cb.or(cb.like(cb.lower(root.get("caseNo")), like, '\\'),
                    cb.like(cb.lower(root.get("summary")), like, '\\'),
                    root.get("id").in(byParty));
        };
    }
}
