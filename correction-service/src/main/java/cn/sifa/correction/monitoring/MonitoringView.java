package cn.sifa.correction.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.web.Answers;
import cn.sifa.core.workflow.TransitionView;

/** An electronic-monitoring period. Location data (device, permitted area) only when {@code locationShown}. */
@Schema(name = "CorrectionMonitoringView", description = "电子定位")
public record MonitoringView(
        @Schema(description = "ID") UUID id,
        @Schema(description = "版本(ETag)", example = "0") long version,
        @Schema(description = "社区矫正对象 ID") UUID subjectId,
        @Schema(description = "适用情形", example = "LEFT_WITHOUT_APPROVAL") MonitoringGround ground,
        @Schema(description = "适用情形名称", example = "无正当理由,未经批准离开所居住的市、县") String groundLabel,
        @Schema(description = "事实", example = "未经批准离开开福区三日") String facts,
        @Schema(description = "批准人", example = "开福区司法局局长 张某") String approvedBy,
        @Schema(description = "批准日期", example = "2026-12-04") LocalDate approvedOn,
        @Schema(description = "本期起始日期", example = "2026-12-04") LocalDate from,
        @Schema(description = "本期截止日期(含)", example = "2027-03-03") LocalDate until,
        @Schema(description = "最近一次评估", example = "再次违规风险较高") String assessment,
        @Schema(description = "延长次数", example = "0") int renewals,
        @Schema(description = "设备编号(仅有权限者可见)", example = "DW-2026-0012") String deviceNo,
        @Schema(description = "允许活动区域(仅有权限者可见)", example = "开福区范围内") String permittedArea,
        @Schema(description = "定位信息是否显示", example = "true") boolean locationShown,
        @Schema(description = "状态", example = "ACTIVE") MonitoringStatus status,
        @Schema(description = "状态名称", example = "使用中") String statusLabel,
        @Schema(description = "解除日期", example = "2027-03-03") LocalDate endedOn,
        @Schema(description = "解除理由", example = "期限届满") String endReason,
        @Schema(description = "最近的未届满期限", example = "2027-03-03") LocalDate nextDueOn,
        @Schema(description = "期限") List<DeadlineView> deadlines,
        @Schema(description = "是否已逾期", example = "false") boolean overdue,
        @Schema(description = "当前可执行的操作", example = "[\"renew\",\"end\"]") List<String> allowedActions,
        @Schema(description = "流转记录") List<TransitionView> history) implements Answers.Versioned {
}
