package cn.sifa.mediation.mediator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** Request and answer of 调解员培训 (GET/POST /mediators/{id}/trainings). */
public final class TrainingRecords {

    private TrainingRecords() {
    }

    @Schema(name = "MediatorTrainingRequest", description = "登记培训")
    public record TrainingRequest(
            @Schema(description = "培训日期,不得晚于今天", example = "2026-10-15") @NotNull LocalDate trainedOn,
            @Schema(description = "学时", example = "8") @NotNull @DecimalMin(value = "0.5") @DecimalMax("999.9") @Digits(integer = 4, fraction = 1) BigDecimal hours,
            @Schema(description = "培训内容", example = "《民法典》婚姻家庭编与调解实务") @NotBlank @Size(max = 200) String subject,
            @Schema(description = "主办单位", example = "长沙市司法局") @Size(max = 100) String organizer,
            @Schema(description = "结业证书编号", example = "CSTJ-2026-0158") @Size(max = 60) String certificateNo) {
    }

    @Schema(name = "MediatorTrainingView", description = "培训记录")
    public record TrainingView(
            @Schema(description = "ID") UUID id,
            @Schema(description = "调解员 ID") UUID mediatorId,
            @Schema(description = "培训日期", example = "2026-10-15") LocalDate trainedOn,
            @Schema(description = "学时", example = "8") BigDecimal hours,
            @Schema(description = "培训内容", example = "《民法典》婚姻家庭编与调解实务") String subject,
            @Schema(description = "主办单位", example = "长沙市司法局") String organizer,
            @Schema(description = "结业证书编号", example = "CSTJ-2026-0158") String certificateNo,
            @Schema(description = "录入人", example = "kaifu-mediation") String createdBy) {

        static TrainingView of(MediatorTraining t) {
            return new TrainingView(t.getId(), t.getMediatorId(), t.getTrainedOn(), t.getHours(), t.getSubject(), t.getOrganizer(),
                    t.getCertificateNo(), t.getCreatedBy());
        }
    }

    @Schema(name = "MediatorTrainingList", description = "调解员的培训记录,新的在前,及学时合计")
    public record TrainingList(
            @Schema(description = "学时合计", example = "24") BigDecimal totalHours,
            @Schema(description = "培训记录") List<TrainingView> content) {
    }
}
