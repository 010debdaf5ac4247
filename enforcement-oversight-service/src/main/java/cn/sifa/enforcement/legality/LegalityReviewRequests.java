package cn.sifa.enforcement.legality;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.enforcement.legalreview.ReviewOpinion;

public final class LegalityReviewRequests {

    private LegalityReviewRequests() {
    }

    @Schema(description = "受理合法性审查")
    public record ReceiveRequest(
            @Schema(description = "行政区划,默认调用方所在区划", example = "430105") String divisionCode,
            @Schema(description = "审查事项类型", example = "CONTRACT") @NotNull LegalitySubjectType subjectType,
            @Schema(description = "事项名称", example = "开福区某片区棚户区改造项目合同") @NotBlank @Size(max = 200) String title,
            @Schema(description = "送审单位", example = "开福区住房和城乡建设局") @NotBlank @Size(max = 100) String requestingUnit,
            @Schema(description = "合同金额(元,政府合同必填)", example = "120000000.00") @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal amount,
            @Schema(description = "会议日期(常务会议议题必填)", example = "2026-11-28") LocalDate meetingOn,
            @Schema(description = "受理日期,默认今天", example = "2026-11-10") LocalDate receivedOn) {
    }

    @Schema(description = "出具审查意见")
    public record OpinionRequest(
            @Schema(description = "意见:LAWFUL 合法, AMEND 建议修改, UNLAWFUL 违法", example = "AMEND") @NotNull ReviewOpinion opinion,
            @Schema(description = "意见内容", example = "第十二条违约责任约定不对等,建议修改") @NotBlank @Size(max = 2000) String opinionText,
            @Schema(description = "出具日期,默认今天", example = "2026-11-18") LocalDate opinionOn) {
    }

    @Schema(description = "登记意见采纳情况")
    public record AdoptionRequest(
            @Schema(description = "是否采纳", example = "true") @NotNull Boolean adopted,
            @Schema(description = "登记日期,默认今天", example = "2026-11-25") LocalDate recordedOn) {
    }
}
