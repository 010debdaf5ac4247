package cn.sifa.mediation.dispute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

import cn.sifa.core.error.ValidationException;

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
     * @param prefix        division prefix already narrowed to the caller's scope; {@code null} for the caller's whole
     *                      scope, which the {@code divisionScope} filter already applies to every query (a second
     *                      {@code like} on the same column makes PostgreSQL square its selectivity and pick bad plans)
     * @param dueSoonUntil  last day that counts as "due soon" (3 working days ahead)
     */
    public Specification<MediationCase> toSpecification(String prefix, LocalDate today, LocalDate dueSoonUntil,
                                                        String subject, UUID organizationId) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (prefix != null) {
                where.add(cb.like(root.get("divisionCode"), prefix + "%"));
            }
            if (status != null && !status.isEmpty()) {
                where.add(root.get("status").in(status));
            }
            if (disputeType != null) {
                where.add(cb.equal(root.get("disputeType"), disputeType));
            }
            if (source != null) {
                where.add(cb.equal(root.get("source"), source));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("receivedOn"), from));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(root.get("receivedOn"), to));
            }
            if (committeeId != null) {
                where.add(cb.equal(root.get("committeeId"), committeeId));
            }
            if (Boolean.TRUE.equals(overdue)) {
                where.add(cb.lessThan(root.get("nextDueOn"), today));
            } else if (Boolean.FALSE.equals(overdue)) {
                where.add(cb.or(cb.isNull(root.get("nextDueOn")), cb.greaterThanOrEqualTo(root.get("nextDueOn"), today)));
            }
            if (Boolean.TRUE.equals(dueSoon)) {
                where.add(cb.between(root.get("nextDueOn"), today, dueSoonUntil));
            }
            if (Boolean.TRUE.equals(mine)) {
                where.add(subject == null ? cb.disjunction() : cb.equal(root.get("assignee"), subject));
            }
            if (Boolean.TRUE.equals(unit)) {
                where.add(organizationId == null ? cb.disjunction() : cb.equal(root.get("organizationId"), organizationId));
            }
            if (q != null && !q.isBlank()) {
                String like = "%" + q.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                Subquery<UUID> byParty = query.subquery(UUID.class);
                var party = byParty.from(CaseParty.class);
                byParty.select(party.get("mediationCase").get("id"))
                        .where(cb.like(cb.lower(party.get("name")), like, '\\'));
                where.add(cb.or(cb.like(cb.lower(root.get("caseNo")), like, '\\'),
                        cb.like(cb.lower(root.get("summary")), like, '\\'),
                        root.get("id").in(byParty)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
