package cn.sifa.enforcement.workflow;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.workflow.TransitionView;
import cn.sifa.core.workflow.WorkflowState;

/**
 * The nested {@code workflow} object that enforcement records answered before issue 10. The same fields are now at
 * the top level of every record (as in mediation); this copy stays for one release so that clients can move.
 */
@Deprecated(since = "issue 10", forRemoval = true)
@Schema(description = "已废弃:流程信息,与记录顶层的 allowedActions、deadlines、overdue、history 相同,保留一个版本", deprecated = true)
public record WorkflowView(
        @Schema(description = "当前状态允许的操作", example = "[\"start-review\"]") List<String> allowedActions,
        @Schema(description = "期限") List<DeadlineView> deadlines,
        @Schema(description = "是否有逾期未完成的期限", example = "false") boolean overdue,
        @Schema(description = "流程记录(时间线)") List<TransitionView> history) {

    public static WorkflowView of(WorkflowState state) {
        return new WorkflowView(state.allowedActions(), state.deadlines(), state.overdue(), state.history());
    }

    /** A list row's copy: its actions and overdue flag; deadlines and history are on the record. */
    public static WorkflowView row(List<String> allowedActions, boolean overdue) {
        return new WorkflowView(allowedActions, List.of(), overdue, List.of());
    }
}
