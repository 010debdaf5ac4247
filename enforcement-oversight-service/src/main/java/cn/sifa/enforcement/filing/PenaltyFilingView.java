package cn.sifa.enforcement.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.enforcement.action.PenaltyKind;
import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.workflow.TransitionView;
import cn.sifa.core.web.Answers;
import cn.sifa.enforcement.workflow.WorkflowView;

@Schema(description = "重大行政处罚备案")
public record PenaltyFilingView(
        @Schema(description = "ID", example = "9d8c7b6a-5f4e-3d2c-1b0a-9f8e7d6c5b4a") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "执法主体", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID agencyId,
        @Schema(description = "案件名称", example = "某公司销售不合格产品案") String caseTitle,
        @Schema(description = "当事人", example = "长沙某某贸易有限公司") String partyName,
        @Schema(description = "执法数据记录编号", example = "KFSJ-CF-2026-00031") String actionRef,
        @Schema(description = "处罚种类", example = "[\"FINE\"]") List<PenaltyKind> penaltyKinds,
        @Schema(description = "金额(元)", example = "200000.00") BigDecimal amount,
        @Schema(description = "处罚决定日期", example = "2026-11-02") LocalDate decidedOn,
        @Schema(description = "备案日期", example = "2026-11-10") LocalDate filedOn,
        @Schema(description = "是否逾期备案", example = "false") boolean filedLate,
        @Schema(description = "状态", example = "FILED") FilingStatus status,
        @Schema(description = "状态名称", example = "已备案") String statusLabel,
        @Schema(description = "审查日期", example = "2026-11-18") LocalDate reviewedOn,
        @Schema(description = "审查意见", example = "程序合法") String reviewOpinion,
        @Schema(description = "纠正日期", example = "null") LocalDate correctedOn,
        @Schema(description = "最近一个未完成期限的届满日期(来自 core_deadline),无则为 null", example = "2026-11-25") LocalDate nextDueOn,
        @Schema(description = "法定期限(列表行为空,见详情)") List<DeadlineView> deadlines,
        @Schema(description = "是否有期限已逾期", example = "false") boolean overdue,
        @Schema(description = "当前状态允许的操作", example = "[\"review\"]") List<String> allowedActions,
        @Schema(description = "流程记录(列表行为空,见详情)") List<TransitionView> history,
        @Deprecated @Schema(description = "已废弃,保留一个版本:与顶层 allowedActions、deadlines、overdue、history 相同", deprecated = true) WorkflowView workflow,
        @Schema(description = "版本(ETag)", example = "0") long version) implements Answers.Versioned {
}
