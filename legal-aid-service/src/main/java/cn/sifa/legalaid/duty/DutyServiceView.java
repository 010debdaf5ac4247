package cn.sifa.legalaid.duty;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.web.Answers;

/** A duty-lawyer service, in the list and as the detail (it holds no personal data). */
@Schema(name = "LegalAidDutyServiceView", description = "值班律师服务记录")
public record DutyServiceView(
        @Schema(description = "ID", example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "工作站类别", example = "DETENTION_HOUSE") DutyPostKind postKind,
        @Schema(description = "工作站类别名称", example = "看守所") String postKindLabel,
        @Schema(description = "工作站名称", example = "长沙市第一看守所法律援助工作站") String postName,
        @Schema(description = "值班律师", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID providerId,
        @Schema(description = "值班律师姓名", example = "李律师") String providerName,
        @Schema(description = "服务日期", example = "2026-12-03") LocalDate servedOn,
        @Schema(description = "服务类型", example = "LEGAL_ADVICE") DutyServiceKind serviceKind,
        @Schema(description = "服务类型名称", example = "提供法律咨询") String serviceKindLabel,
        @Schema(description = "参与认罪认罚案件", example = "true") boolean pleaLeniency,
        @Schema(description = "见证认罪认罚具结书签署", example = "true") boolean pleaSigningWitnessed,
        @Schema(description = "帮助人数(人次)", example = "3") int personsHelped,
        @Schema(description = "说明", example = "为3名犯罪嫌疑人提供法律咨询") String note,
        @Schema(description = "版本(ETag)", example = "0") long version) implements Answers.Versioned {
}
