package cn.sifa.legalaid.consultation;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.legalaid.aidcase.AidMatter;

@Schema(name = "LegalAidConsultationRequest", description = "登记法律咨询")
public record ConsultationRequest(
        @Schema(description = "行政区划,默认本人所在区划", example = "430105") @Size(max = 12) String divisionCode,
        @Schema(description = "咨询渠道", example = "HOTLINE_12348") @NotNull(message = "请选择咨询渠道") ConsultationChannel channel,
        @Schema(description = "咨询日期,默认今天", example = "2026-12-03") LocalDate consultedOn,
        @Schema(description = "咨询事项", example = "LABOUR_REMUNERATION") @NotNull(message = "请选择咨询事项") AidMatter matter,
        @Schema(description = "咨询人数(人次),默认1", example = "1") @Min(value = 1, message = "咨询人数至少为1")
        @Max(value = 10000, message = "咨询人数不能超过10000") Integer persons,
        @Schema(description = "咨询人", example = "刘某") @Size(max = 100) String enquirerName,
        @Schema(description = "解答人员", example = "李律师") @Size(max = 100) String answeredBy,
        @Schema(description = "咨询内容", example = "工地拖欠工资如何维权") @NotBlank(message = "咨询内容不能为空") @Size(max = 2000) String summary,
        @Schema(description = "解答意见", example = "告知可申请劳动仲裁,并可申请法律援助") @Size(max = 2000) String answer) {
}
