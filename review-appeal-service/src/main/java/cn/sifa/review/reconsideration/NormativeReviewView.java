package cn.sifa.review.reconsideration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;

@Schema(name = "NormativeReviewView", description = "规范性文件附带审查(第13、56-60条),一件规范性文件一项")
public record NormativeReviewView(
        @Schema(description = "附带审查 ID(其步骤的路径 /reconsiderations/{id}/normative-reviews/{reviewId}/…)",
                example = "0b6f3c52-6f0e-4d4e-9a57-2f1d1c1e8a01") UUID id,
        @Schema(description = "状态", example = "UNDER_WAY") NormativeReviewStatus status,
        @Schema(description = "状态名称", example = "审查中(行政复议中止)") String statusLabel,
        @Schema(description = "来源", example = "APPLICANT_REQUEST") NormativeReviewSource source,
        @Schema(description = "来源名称", example = "申请人一并提出(第13、56条)") String sourceLabel,
        @Schema(description = "规范性文件", example = "《某区罚款裁量基准》") String document,
        @Schema(description = "制定机关", example = "某区人民政府") String issuingBody,
        @Schema(description = "审查的条款", example = "第5条") String provisions,
        @Schema(description = "提出日期", example = "2026-11-02") LocalDate requestedOn,
        @Schema(description = "启动日期;未启动为 null", example = "2026-11-10") LocalDate startedOn,
        @Schema(description = "本机关有权处理", example = "true") Boolean competent,
        @Schema(description = "通知制定机关日期", example = "2026-11-11") LocalDate notifiedOn,
        @Schema(description = "转送日期", example = "2026-11-12") LocalDate transferredOn,
        @Schema(description = "接受转送的机关", example = "某市人民政府") String transferee,
        @Schema(description = "答复(处理意见)收到日期", example = "2026-11-20") LocalDate repliedOn,
        @Schema(description = "答复(处理意见)", example = "第5条系依据上位法制定") String reply,
        @Schema(description = "结论", example = "LAWFUL") NormativeReviewResult result,
        @Schema(description = "结论名称", example = "相关条款合法(在复议决定书中一并告知)") String resultLabel,
        @Schema(description = "结论日期", example = "2026-11-25") LocalDate concludedOn,
        @Schema(description = "结论说明", example = "在复议决定书中一并告知") String resultNote,
        @Schema(description = "进行中(行政复议因此中止)", example = "false") boolean pending,
        @Schema(description = "本项的期限(处理、通知、转送、答复)") List<DeadlineView> deadlines,
        @Schema(description = "本项最早未届满的期限", example = "2026-10-08") LocalDate nextDueOn,
        @Schema(description = "本项有期限已逾期", example = "false") boolean overdue,
        @Schema(description = "本项可进行的步骤(start、notice、transfer、reply、result)", example = "[\"notice\",\"result\"]")
        List<String> allowedActions) {
}
