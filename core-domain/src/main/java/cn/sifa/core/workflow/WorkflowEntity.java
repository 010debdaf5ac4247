package cn.sifa.core.workflow;

import java.time.LocalDate;

import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.Formula;
import org.hibernate.envers.NotAudited;

import cn.sifa.core.scope.DivisionScopedEntity;

/**
 * A division-scoped aggregate with a workflow. Its next due date is read from {@code core_deadline} (the earliest
 * open deadline) every time the record is read, never copied into the record's own table: a list, a filter, a
 * sort and an export show the same due date as the record's deadlines, also after a holiday year is published or a
 * province changes a rule. Filter with {@link DueDates}.
 */
@MappedSuperclass
public abstract class WorkflowEntity extends DivisionScopedEntity implements WorkflowRecord {

    /** The earliest open deadline's due date, from {@code core_deadline}; null when none is open. */
    @Formula(DueDates.NEXT_DUE_SQL)
    @NotAudited
    private LocalDate nextDueOn;

    protected WorkflowEntity() {
    }

    protected WorkflowEntity(String divisionCode) {
        super(divisionCode);
    }

    public LocalDate getNextDueOn() {
        return nextDueOn;
    }

    /** Whether the earliest open deadline has passed {@code today} (the core Clock's today). */
    public boolean isOverdue(LocalDate today) {
        return nextDueOn != null && nextDueOn.isBefore(today);
    }
}
