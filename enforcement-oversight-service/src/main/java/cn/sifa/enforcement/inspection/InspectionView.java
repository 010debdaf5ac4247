package cn.sifa.enforcement.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.web.Answers;
import cn.sifa.core.workflow.TransitionView;
import cn.sifa.enforcement.workflow.WorkflowView;

@Schema(description = "涉企检查")
public record InspectionView(
        @Schema(description = "ID", example = "4d5e6f7a-8b9c-0d1e-2f3a-4b5c6d7e8f9a") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "牵头执法主体", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID leadAgencyId,
        @Schema(description = "联合检查的其他执法主体") List<UUID> jointAgencyIds,
        @Schema(description = "是否联合检查(综合查一次)", example = "false") boolean joint,
        @Schema(description = "企业名称", example = "长沙某某食品有限公司") String enterpriseName,
        @Schema(description = "企业统一社会信用代码", example = "91350100M000100Y43") String enterpriseCreditCode,
        @Schema(description = "本次是该企业本年度第几次检查", example = "2") int yearlyCount,
        @Schema(description = "年度检查上限", example = "2") int yearlyCap,
        @Schema(description = "已达上限的提醒(达到上限时给出)", example = "该企业本年度第2次检查,已达上限2次") String capWarning,
        @Schema(description = "是否超过上限", example = "false") boolean overCap,
        @Schema(description = "是否白名单企业", example = "false") boolean whiteListed,
        @Schema(description = "所需审批层级", example = "UNIT") ApprovalLevel requiredApproval,
        @Schema(description = "检查依据", example = "《食品安全法》第一百一十条") String legalBasis,
        @Schema(description = "检查事项", example = "食品生产许可条件保持情况") String matters,
        @Schema(description = "申请日期", example = "2026-11-10") LocalDate requestedOn,
        @Schema(description = "计划检查日期", example = "2026-11-20") LocalDate plannedOn,
        @Schema(description = "状态", example = "APPROVED") InspectionStatus status,
        @Schema(description = "状态名称", example = "已审批") String statusLabel,
        @Schema(description = "审批层级", example = "UNIT") ApprovalLevel approvalLevel,
        @Schema(description = "审批人", example = "张局长") String approvedBy,
        @Schema(description = "审批日期", example = "2026-11-11") LocalDate approvedOn,
        @Schema(description = "告知日期", example = "2026-11-13") LocalDate noticeOn,
        @Schema(description = "扫码入企时间", example = "2026-11-20T01:30:00Z") Instant checkedInAt,
        @Schema(description = "入企码", example = "QR-430105-20261120-0001") String checkInCode,
        @Schema(description = "入企执法人员") List<UUID> checkedInOfficerIds,
        @Schema(description = "完成日期", example = "2026-11-20") LocalDate completedOn,
        @Schema(description = "检查结果", example = "未发现违法行为") String findings,
        @Schema(description = "最近一个未完成期限的届满日期(来自 core_deadline),无则为 null", example = "null") LocalDate nextDueOn,
        @Schema(description = "期限(列表行中为空,见详情)") List<DeadlineView> deadlines,
        @Schema(description = "是否有期限已逾期", example = "false") boolean overdue,
        @Schema(description = "当前状态允许的操作(POST /inspections/{id}/{action})", example = "[\"notify\"]") List<String> allowedActions,
        @Schema(description = "流程记录(时间线;列表行中为空,见详情)") List<TransitionView> history,
        @Deprecated @Schema(description = "已废弃,保留一个版本:与顶层 allowedActions、deadlines、overdue、history 相同", deprecated = true) WorkflowView workflow,
        @Schema(description = "版本(ETag)", example = "1") long version) implements Answers.Versioned {

    /** The warning at the cap, or the reason above it that only the government may approve. */
    static String capWarning(Inspection i, int cap) {
        return i.getYearlyCount() == cap ? "该企业本年度第" + i.getYearlyCount() + "次检查,已达上限" + cap + "次"
                : i.isOverCap() ? "该企业本年度第" + i.getYearlyCount() + "次检查,超过上限" + cap + "次,须经本级人民政府(司法局)审批" : null;
    }
}
