package cn.sifa.core.workflow;

import java.util.List;

import cn.sifa.core.deadline.DeadlineView;

/**
 * The workflow part every record's detail answers at its top level (CONVENTIONS: {@code status}, {@code deadlines},
 * {@code overdue}, plus the allowed actions and the history), read in two statements by {@link Workflow#state}.
 * Views take these fields through their MapStruct mapper.
 */
public record WorkflowState(String status, List<String> allowedActions, List<DeadlineView> deadlines, boolean overdue,
                            List<TransitionView> history) {
}
