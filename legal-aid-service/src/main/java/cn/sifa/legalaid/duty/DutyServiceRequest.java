package cn.sifa.legalaid.duty;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "LegalAidDutyServiceRequest", description = "登记值班律师服务")
public record DutyServiceRequest(
        @Schema(description = "行政区划,默认本人所在区划", example = "430105") @Size(max = 12) String divisionCode,
        @Schema(description = "工作站类别", example = "DETENTION_HOUSE") @NotNull(message = "请选择工作站类别") DutyPostKind postKind,
        @Schema(description = "工作站名称", example = "长沙市第一看守所法律援助工作站") @NotBlank(message = "工作站名称不能为空") @Size(max = 200) String postName,
        @Schema(description = "值班律师(名册)", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") @NotNull(message = "请选择值班律师") UUID providerId,
        @Schema(description = "服务日期,默认今天", example = "2026-12-03") LocalDate servedOn,
        @Schema(description = "服务类型", example = "LEGAL_ADVICE") @NotNull(message = "请选择服务类型") DutyServiceKind serviceKind,
        @Schema(description = "参与认罪认罚案件,默认否", example = "true") Boolean pleaLeniency,
        @Schema(description = "见证认罪认罚具结书签署,默认否(须参与认罪认罚)", example = "true") Boolean pleaSigningWitnessed,
        @Schema(description = "帮助人数(人次)", example = "3") @NotNull(message = "请填写帮助人数") @Min(value = 1, message = "帮助人数至少为1")
        @Max(value = 10000, message = "帮助人数不能超过10000") Integer personsHelped,
        @Schema(description = "说明", example = "为3名犯罪嫌疑人提供法律咨询,其中1人签署具结书") @Size(max = 2000) String note) {
}
