package cn.sifa.core.deadline;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.workflow.DueDates;

/** A deadline in the worklist: what it is, whose record it belongs to, where to open it. */
@Schema(description = "待办期限")
public record DeadlineItemView(
        @Schema(description = "期限 ID", example = "6b0d8d7e-3c1f-4e57-9d4b-1c2f3a4b5c6d") UUID id,
        @Schema(description = "记录类型", example = "mediation-case") String recordType,
        @Schema(description = "记录 ID", example = "3f1c2a9e-8d7b-4c61-9a0e-2b5d7f4e8c10") UUID recordId,
        @Schema(description = "记录所属行政区划", example = "430105") String divisionCode,
        @Schema(description = "期限种类(规则代码)", example = "MEDIATION_TIME_LIMIT") String kind,
        @Schema(description = "期限名称", example = "调解期限") String label,
        @Schema(description = "届满日期", example = "2026-12-22") LocalDate dueDate,
        @Schema(description = "法律依据", example = "地方实践:一般在30日内调解结束") String basis,
        @Schema(description = "状态:PENDING 未到期,DUE_SOON 3个工作日内到期,OVERDUE 已逾期", example = "DUE_SOON") DeadlineStatus status,
        @Schema(description = "状态名称", example = "即将到期") String statusLabel,
        @Schema(description = "距届满还有几个工作日;今天届满为 0,已逾期为负数", example = "2") int workingDaysLeft,
        @Schema(description = "届满日超出已公布的节假日安排,日期暂定", example = "false") boolean provisional,
        @Schema(description = "承办人", example = "kaifu-mediator-01") String assignee,
        @Schema(description = "案号", example = "开福调〔2026〕12号") String caseNo,
        @Schema(description = "门户中记录的路径", example = "/mediation/cases/3f1c2a9e-8d7b-4c61-9a0e-2b5d7f4e8c10") String link) {

    static DeadlineItemView of(Deadline d, LocalDate today, DeadlineCalculator calculator, DueDates dueDates) {
        DeadlineStatus status = d.statusOn(today, dueDates);
        return new DeadlineItemView(d.getId(), d.getRecordType(), d.getRecordId(), d.getDivisionCode(), d.getKind(),
                d.getLabel(), d.getDueDate(), d.getBasis(), status, status.label(),
                calculator.workingDaysUntil(today, d.getDueDate()), d.isProvisional(), d.getAssignee(), d.getCaseNo(),
                d.getLink());
    }
}
