package cn.sifa.correction.supervision;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

public final class SupervisionRequests {

    private SupervisionRequests() {
    }

    @Schema(name = "CorrectionHomeVisitRequest", description = "走访记录")
    public record HomeVisitRequest(
            @Schema(description = "走访日期,默认今天;不晚于今天、不早于报到", example = "2026-12-03") LocalDate visitedOn,
            @Schema(description = "走访人", example = "李明") @NotBlank(message = "走访人不能为空") @Size(max = 100) String visitor,
            @Schema(description = "走访地点", example = "HOME") @NotNull(message = "走访地点不能为空") VisitPlace place,
            @Schema(description = "走访情况", example = "家庭关系和睦,在本村务农") @NotBlank(message = "走访情况不能为空")
            @Size(max = 1000, message = "走访情况不超过1000字") String findings,
            @Schema(description = "后续措施", example = "下月再次走访") @Size(max = 500, message = "后续措施不超过500字") String followUp) {
    }

    @Schema(name = "CorrectionPsychAssessmentRequest", description = "心理评估记录")
    public record PsychAssessmentRequest(
            @Schema(description = "评估日期,默认今天;不晚于今天、不早于报到", example = "2026-12-03") LocalDate assessedOn,
            @Schema(description = "评估人", example = "王芳(心理咨询师)") @NotBlank(message = "评估人不能为空") @Size(max = 100) String assessor,
            @Schema(description = "评估工具", example = "SCL-90") @NotBlank(message = "评估工具不能为空")
            @Size(max = 100, message = "评估工具不超过100字") String instrument,
            @Schema(description = "风险等级", example = "LOW") @NotNull(message = "风险等级不能为空") PsychRiskLevel riskLevel,
            @Schema(description = "评估结论", example = "心理状态总体平稳") @NotBlank(message = "评估结论不能为空")
            @Size(max = 1000, message = "评估结论不超过1000字") String conclusion,
            @Schema(description = "建议", example = "每季度复评") @Size(max = 500, message = "建议不超过500字") String recommendation) {
    }
}
