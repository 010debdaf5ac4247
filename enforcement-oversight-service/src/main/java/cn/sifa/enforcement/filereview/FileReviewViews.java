package cn.sifa.enforcement.filereview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.web.Answers;
import cn.sifa.core.workflow.TransitionView;
import cn.sifa.enforcement.workflow.WorkflowView;

@SuppressWarnings("removal")
public final class FileReviewViews {

    private FileReviewViews() {
    }

    @Schema(description = "评查项目")
    public record ItemView(
            @Schema(description = "代码", example = "EVIDENCE") String code,
            @Schema(description = "名称", example = "事实清楚,证据确凿") String label,
            @Schema(description = "最高扣分", example = "25") BigDecimal maxDeduction) {
    }

    @Schema(description = "评查计划")
    public record PlanView(
            @Schema(description = "ID", example = "7a8b9c0d-1e2f-3a4b-5c6d-7e8f9a0b1c2d") UUID id,
            @Schema(description = "行政区划", example = "430105") String divisionCode,
            @Schema(description = "名称", example = "2026年度行政执法案卷集中评查") String name,
            @Schema(description = "案卷决定日期起", example = "2026-01-01") LocalDate periodFrom,
            @Schema(description = "案卷决定日期止", example = "2026-06-30") LocalDate periodTo,
            @Schema(description = "抽取比例", example = "0.05") BigDecimal sampleShare,
            @Schema(description = "随机种子", example = "20260101") long seed,
            @Schema(description = "优秀最低分", example = "90") BigDecimal excellentMin,
            @Schema(description = "合格最低分", example = "60") BigDecimal passMin,
            @Schema(description = "状态", example = "SAMPLED") PlanStatus status,
            @Schema(description = "状态名称", example = "已抽取案卷") String statusLabel,
            @Schema(description = "抽取日期", example = "2026-07-05") LocalDate sampledOn,
            @Schema(description = "评查项目") List<ItemView> checklist,
            @Schema(description = "已抽取案卷数", example = "30") long files,
            @Schema(description = "各等次案卷数", example = "{\"EXCELLENT\":10,\"PASS\":18,\"FAIL\":2}") Map<Grade, Long> grades,
            @Schema(description = "最近一个未完成期限的届满日期(来自 core_deadline),无则为 null", example = "null") LocalDate nextDueOn,
            @Schema(description = "法定期限(列表中为空)") List<DeadlineView> deadlines,
            @Schema(description = "是否有期限已逾期", example = "false") boolean overdue,
            @Schema(description = "当前状态允许的操作", example = "[\"close\"]") List<String> allowedActions,
            @Schema(description = "流程记录(时间线;列表中为空)") List<TransitionView> history,
            @Deprecated @Schema(description = "已废弃,保留一个版本:与顶层 allowedActions、deadlines、overdue、history 相同", deprecated = true) WorkflowView workflow,
            @Schema(description = "版本(ETag)", example = "1") long version) implements Answers.Versioned {
    }

    @Schema(description = "扣分")
    public record DeductionView(
            @Schema(description = "评查项目代码", example = "EVIDENCE") String itemCode,
            @Schema(description = "评查项目", example = "事实清楚,证据确凿") String itemLabel,
            @Schema(description = "扣分", example = "5") BigDecimal points,
            @Schema(description = "说明", example = "笔录无签字") String note) {
    }

    @Schema(description = "评查案卷")
    public record FileReviewView(
            @Schema(description = "ID", example = "8b9c0d1e-2f3a-4b5c-6d7e-8f9a0b1c2d3e") UUID id,
            @Schema(description = "行政区划", example = "430105") String divisionCode,
            @Schema(description = "评查计划", example = "7a8b9c0d-1e2f-3a4b-5c6d-7e8f9a0b1c2d") UUID planId,
            @Schema(description = "被评查执法主体", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID agencyId,
            @Schema(description = "案卷(执法行为)", example = "3f2a9c1e-7b6d-4e5f-8a9b-0c1d2e3f4a5b") UUID actionId,
            @Schema(description = "案卷记录编号", example = "KFSJ-CF-2026-00012") String externalRef,
            @Schema(description = "状态", example = "SCORED") FileReviewStatus status,
            @Schema(description = "状态名称", example = "已评分") String statusLabel,
            @Schema(description = "评查人员", example = "6a1f0d7e-2a43-4b3e-8d6c-0f9e8d7c6b5a") UUID reviewerId,
            @Schema(description = "评分日期", example = "2026-07-10") LocalDate scoredOn,
            @Schema(description = "得分", example = "88.0") BigDecimal score,
            @Schema(description = "等次", example = "PASS") Grade grade,
            @Schema(description = "等次名称", example = "合格") String gradeLabel,
            @Schema(description = "通报日期", example = "2026-07-15") LocalDate notifiedOn,
            @Schema(description = "整改日期", example = "2026-08-01") LocalDate rectifiedOn,
            @Schema(description = "整改情况", example = "已整改") String rectificationNote,
            @Schema(description = "办结日期", example = "2026-08-05") LocalDate closedOn,
            @Schema(description = "扣分项(列表中为空)") List<DeductionView> deductions,
            @Schema(description = "最近一个未完成期限的届满日期(来自 core_deadline),无则为 null", example = "2026-08-14") LocalDate nextDueOn,
            @Schema(description = "法定期限(列表中为空)") List<DeadlineView> deadlines,
            @Schema(description = "是否有期限已逾期", example = "false") boolean overdue,
            @Schema(description = "当前状态允许的操作", example = "[\"rectify\"]") List<String> allowedActions,
            @Schema(description = "流程记录(时间线;列表中为空)") List<TransitionView> history,
            @Deprecated @Schema(description = "已废弃,保留一个版本:与顶层 allowedActions、deadlines、overdue、history 相同", deprecated = true) WorkflowView workflow,
            @Schema(description = "版本(ETag)", example = "1") long version) implements Answers.Versioned {
    }
}
