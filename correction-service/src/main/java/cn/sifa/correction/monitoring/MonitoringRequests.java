package cn.sifa.correction.monitoring;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

public final class MonitoringRequests {

    private MonitoringRequests() {
    }

    @Schema(name = "CorrectionMonitoringRequest", description = "使用电子定位装置(社区矫正法第二十九条)")
    public record StartRequest(
            @Schema(description = "第二十九条规定的情形", example = "LEFT_WITHOUT_APPROVAL") @NotNull(message = "适用情形不能为空") MonitoringGround ground,
            @Schema(description = "事实", example = "未经批准离开开福区三日") @NotBlank(message = "事实不能为空") @Size(max = 2000) String facts,
            @Schema(description = "批准人(县级司法行政部门负责人)", example = "开福区司法局局长 张某") @NotBlank(message = "批准人不能为空") @Size(max = 100) String approvedBy,
            @Schema(description = "批准日期,默认今天", example = "2026-12-04") LocalDate approvedOn,
            @Schema(description = "起始日期,默认批准日期", example = "2026-12-04") LocalDate from,
            @Schema(description = "截止日期(含),自起始日起不超过3个月", example = "2027-03-03") @NotNull(message = "截止日期不能为空") LocalDate until,
            @Schema(description = "使用前的评估", example = "再次违规风险较高") @NotBlank(message = "评估意见不能为空") @Size(max = 2000) String assessment,
            @Schema(description = "设备编号(定位信息,保密)", example = "DW-2026-0012") @Size(max = 50) String deviceNo,
            @Schema(description = "允许活动区域(定位信息,保密)", example = "开福区范围内") @Size(max = 500) String permittedArea) {
    }

    @Schema(name = "CorrectionMonitoringRenewalRequest", description = "延长电子定位期限(需重新评估,每次不超过3个月)")
    public record RenewRequest(
            @Schema(description = "新的截止日期(含),自原期限届满次日起不超过3个月", example = "2027-06-03") @NotNull(message = "截止日期不能为空") LocalDate until,
            @Schema(description = "重新评估意见", example = "仍有脱管风险,建议延长") @NotBlank(message = "延长须重新评估") @Size(max = 2000) String assessment,
            @Schema(description = "批准人(县级司法行政部门负责人)", example = "开福区司法局局长 张某") @NotBlank(message = "批准人不能为空") @Size(max = 100) String approvedBy,
            @Schema(description = "批准日期,默认今天", example = "2027-02-28") LocalDate renewedOn) {
    }

    @Schema(name = "CorrectionMonitoringEndRequest", description = "解除电子定位")
    public record EndRequest(
            @Schema(description = "解除理由", example = "期限届满,表现良好") @NotBlank(message = "解除理由不能为空") @Size(max = 500) String reason,
            @Schema(description = "解除日期,默认今天", example = "2027-03-03") LocalDate endedOn) {
    }
}
