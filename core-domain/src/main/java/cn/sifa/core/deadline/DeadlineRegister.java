package cn.sifa.core.deadline;

import jakarta.persistence.EntityManager;

import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.scope.ScopedNativeRead;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.workflow.DueDates;

/**
 * The {@link Deadlines} of every service, stored in {@code core_deadline}. Runs inside the calling service's
 * transaction and scope: the record's deadlines are visible exactly when the record is.
 */
@Service
@Transactional
public class DeadlineRegister implements Deadlines {

    private final DeadlineRules rules;
    private final DeadlineRepository deadlines;
    private final DeadlineCalculator calculator;
    private final DueDates dueDates;
    private final Clock clock;
    private final EntityManager entityManager;

    public DeadlineRegister(DeadlineRules rules, DeadlineRepository deadlines, DeadlineCalculator calculator, Clock clock,
                            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.rules = rules;
        this.deadlines = deadlines;
        this.calculator = calculator;
        this.dueDates = new DueDates(calculator);
        this.clock = clock;
    }

    @Override
    public DeadlineView open(DeadlineTarget target, String ruleCode, LocalDate anchor) {
        if (target == null || target.recordId() == null || target.divisionCode() == null || target.recordType() == null) {
            throw new IllegalArgumentException("deadline target needs recordType, recordId and divisionCode");
        }
        DeadlineRule rule = rules.resolve(ruleCode, target.divisionCode());
        DeadlineCalculator.DueDate due = calculator.due(anchor, rule.getAmount(), rule.getUnit(), rule.isExpiry());
        Deadline deadline = deadlines.findByRecordIdAndKindAndState(target.recordId(), ruleCode, Deadline.State.OPEN)
                .map(open -> {
                    open.reopen(target, rule, anchor, due);
                    return open;
                })
                .orElseGet(() -> deadlines.save(new Deadline(target, rule, anchor, due)));
        return deadline.view(today(), dueDates);
    }

    @Override
    public void meet(UUID recordId, String ruleCode, LocalDate on) {
        deadlines.findByRecordIdAndKindAndState(recordId, ruleCode, Deadline.State.OPEN).ifPresent(d -> d.meet(on));
    }

    @Override
    public void cancel(UUID recordId, String ruleCode) {
        deadlines.findByRecordIdAndKindAndState(recordId, ruleCode, Deadline.State.OPEN).ifPresent(Deadline::cancel);
    }

    @Override
    public void cancelAll(UUID recordId) {
        deadlines.findByRecordIdAndState(recordId, Deadline.State.OPEN).forEach(Deadline::cancel);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeadlineView> of(UUID recordId) {
        LocalDate today = today();
        return ScopedNativeRead.list(entityManager, Deadline.class, OF_RECORD, recordId).stream()
                .map(d -> d.view(today, dueDates))
                .toList();
    }

    /**
     * A record's deadlines for its detail view, in native SQL with the division scope written out: Hibernate does
     * not cache the translation of a JPQL query while a filter is enabled, and the division filter always is, so the
     * derived query was translated again on every detail read (13 % of a case lookup's CPU, issue 15 profile).
     */
    private static final String OF_RECORD = "select d.* from core_deadline d where d.record_id = :recordId and "
            + DivisionScope.within("d", "prefix") + " order by d.due_date, d.created_at";

    @Override
    @Transactional(readOnly = true)
    public boolean isOverdue(UUID recordId) {
        return deadlines.existsByRecordIdAndStateAndDueDateBefore(recordId, Deadline.State.OPEN, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
