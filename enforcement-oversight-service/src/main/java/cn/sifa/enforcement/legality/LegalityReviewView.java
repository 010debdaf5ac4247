package cn.sifa.enforcement.legality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.enforcement.legalreview.ReviewOpinion;
import cn.sifa.enforcement.support.WorkflowView;

@Schema(description = "合法性审查")
public record LegalityReviewView(
        @Schema(description = "ID", example = "3c4d5e6f-7a8b-9c0d-1e2f-3a4b5c6d7e8f") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "事项类型", example = "CONTRACT") LegalitySubjectType subjectType,
        @Schema(description = "事项类型名称", example = "政府合同") String subjectTypeLabel,
        @Schema(description = "事项名称", example = "棚户区改造项目合同") String title,
        @Schema(description = "送审单位", example = "开福区住房和城乡建设局") String requestingUnit,
        @Schema(description = "合同金额(元)", example = "120000000.00") BigDecimal amount,
        @Schema(description = "会议日期", example = "null") LocalDate meetingOn,
        @Schema(description = "受理日期", example = "2026-11-10") LocalDate receivedOn,
        @Schema(description = "状态", example = "OPINION_GIVEN") LegalityStatus status,
        @Schema(description = "状态名称", example = "已出具意见") String statusLabel,
        @Schema(description = "审查意见", example = "AMEND") ReviewOpinion opinion,
        @Schema(description = "意见内容", example = "建议修改") String opinionText,
        @Schema(description = "意见日期", example = "2026-11-18") LocalDate opinionOn,
        @Schema(description = "是否采纳", example = "true") Boolean adopted,
        @Schema(description = "采纳登记日期", example = "2026-11-25") LocalDate adoptionOn,
        @Schema(description = "流程信息") WorkflowView workflow,
        @Schema(description = "版本(ETag)", example = "1") long version) {

    static LegalityReviewView of(LegalityReview r, WorkflowView workflow) {
        return new LegalityReviewView(r.getId(), r.getDivisionCode(), r.getSubjectType(), r.getSubjectType().label(), r.getTitle(),
                r.getRequestingUnit(), r.getAmount(), r.getMeetingOn(), r.getReceivedOn(), r.getStatus(), r.getStatus().label(),
                r.getOpinion(), r.getOpinionText(), r.getOpinionOn(), r.getAdopted(), r.getAdoptionOn(), workflow, r.getVersion());
    }
}
