package cn.sifa.core.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.web.PageView;
import cn.sifa.core.workflow.DueDates;

/**
 * Open deadlines in the caller's scope, filtered the way the portal's worklist asks ("mine", "due soon",
 * "overdue"). The computed statuses are turned into date ranges so that the database filters and pages.
 */
@Component
class DeadlineWorklist {

    private final DeadlineRepository deadlines;
    private final DeadlineCalculator calculator;
    private final DueDates dueDates;
    private final DivisionScope scope;
    private final Clock clock;

    DeadlineWorklist(DeadlineRepository deadlines, DeadlineCalculator calculator, DueDates dueDates, DivisionScope scope,
                     Clock clock) {
        this.deadlines = deadlines;
        this.calculator = calculator;
        this.dueDates = dueDates;
        this.scope = scope;
        this.clock = clock;
    }

    record Filter(DeadlineStatus status, boolean mine, String recordType, String divisionCode, Boolean provisional, String service) {
    }

    @Transactional(readOnly = true)
    PageView<DeadlineItemView> find(Filter filter, Pageable pageable) {
        if (filter.status() != null && filter.status() != DeadlineStatus.OVERDUE
                && filter.status() != DeadlineStatus.DUE_SOON && filter.status() != DeadlineStatus.PENDING) {
            throw ValidationException.of("status", "invalid-code", "待办期限只能按 PENDING、DUE_SOON、OVERDUE 筛选");
        }
        if (filter.service() != null && !filter.service().isBlank() && !filter.service().matches("[a-z][a-z-]{0,39}")) {
            throw ValidationException.of("service", "invalid-code", "业务代码不正确");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate lastSoonDay = dueDates.dueSoonUntil(today);
        Specification<Deadline> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("state"), Deadline.State.OPEN));
            if (filter.status() != null) {
                switch (filter.status()) {
                    case OVERDUE -> where.add(cb.lessThan(root.get("dueDate"), today));
                    case DUE_SOON -> where.add(cb.between(root.get("dueDate"), today, lastSoonDay));
                    case PENDING -> where.add(cb.greaterThan(root.get("dueDate"), lastSoonDay));
                    default -> {
                        // refused above
                    }
                }
            }
            if (filter.mine()) {
                where.add(cb.equal(root.get("assignee"), CurrentCaller.get().subject()));
            }
            if (filter.recordType() != null && !filter.recordType().isBlank()) {
                where.add(cb.equal(root.get("recordType"), filter.recordType()));
            }
            if (filter.divisionCode() != null && !filter.divisionCode().isBlank()) {
                where.add(cn.sifa.core.list.Filters.startsWith(cb, root.get("divisionCode"), scope.narrowTo(filter.divisionCode())));
            }
            if (filter.service() != null && !filter.service().isBlank()) {
                where.add(cb.like(root.get("link"), "/" + filter.service() + "/%"));
            }
            if (filter.provisional() != null) {
                where.add(cb.equal(root.get("provisional"), filter.provisional()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return PageView.of(deadlines.findAll(spec, pageable), d -> DeadlineItemView.of(d, today, calculator, dueDates));
    }
}
