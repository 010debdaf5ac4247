package cn.sifa.enforcement.support;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.workflow.TransitionView;

/** What every workflow record shows beside its own fields. */
@Schema(description = "流程信息:允许的操作、期限、是否逾期、流程记录")
public record WorkflowView(
        @Schema(description = "当前状态允许的操作", example = "[\"start-review\"]") List<String> allowedActions,
        @Schema(description = "期限") List<DeadlineView> deadlines,
        @Schema(description = "是否有逾期未完成的期限", example = "false") boolean overdue,
        @Schema(description = "流程记录(时间线)") List<TransitionView> history) {

    public static WorkflowView brief(List<String> allowedActions) {
        return new WorkflowView(allowedActions, List.of(), false, List.of());
    }
}
