package cn.sifa.core.workflow;

import java.time.LocalDate;
import java.util.List;

import cn.sifa.core.deadline.DeadlineStatus;
import cn.sifa.core.deadline.DeadlineView;

/**
 * The workflow part every record's detail answers at its top level (CONVENTIONS: {@code status}, {@code deadlines},
 * {@code overdue}, plus the allowed actions and the history), read in two statements by {@link Workflow#state}.
 * Views take these fields through their MapStruct mapper.
 */
public record WorkflowState(String status, List<String> allowedActions, List<DeadlineView> deadlines, boolean overdue,
                            List<TransitionView> history) {

    /**
     * The detail's next due date from the deadlines just read (the record's own formula was read before a step changed
     * them): the earliest one still open, as {@link WorkflowEntity#getNextDueOn()} reads it on the next load.
     */
    public LocalDate nextDueOn() {
        return deadlines.stream().filter(d -> d.metOn() == null && d.status() != DeadlineStatus.CANCELLED
                        && d.status() != DeadlineStatus.MET && d.status() != DeadlineStatus.MISSED)
                .map(DeadlineView::dueDate).min(LocalDate::compareTo).orElse(null);
    }

    /**
     * A list row's workflow part: its state and actions, and its overdue flag from the next due date the row read
     * from {@code core_deadline}; no deadlines or history (a row is one statement per page, not per row).
     */
    public static WorkflowState row(WorkflowEntity record, LocalDate today) {
        return new WorkflowState(record.status().name(), record.allowedActions(), List.of(), record.isOverdue(today),
                List.of());
    }
}
