package cn.sifa.legalaid.consultation;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.web.Answers;
import cn.sifa.legalaid.aidcase.AidMatter;

/** A consultation, in the list and as the detail (the enquirer is named only, no ID or phone is kept). */
@Schema(name = "LegalAidConsultationView", description = "法律咨询记录")
public record ConsultationView(
        @Schema(description = "ID", example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "咨询渠道", example = "HOTLINE_12348") ConsultationChannel channel,
        @Schema(description = "咨询渠道名称", example = "12348热线") String channelLabel,
        @Schema(description = "咨询日期", example = "2026-12-03") LocalDate consultedOn,
        @Schema(description = "咨询事项", example = "LABOUR_REMUNERATION") AidMatter matter,
        @Schema(description = "咨询事项名称", example = "请求支付劳动报酬") String matterLabel,
        @Schema(description = "咨询人数(人次)", example = "1") int persons,
        @Schema(description = "咨询人", example = "刘某") String enquirerName,
        @Schema(description = "解答人员", example = "李律师") String answeredBy,
        @Schema(description = "咨询内容", example = "工地拖欠工资如何维权") String summary,
        @Schema(description = "解答意见", example = "告知可申请劳动仲裁") String answer,
        @Schema(description = "版本(ETag)", example = "0") long version) implements Answers.Versioned {
}
