package cn.sifa.legalaid.provider;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.web.Answers;

@Schema(name = "LegalAidProviderView", description = "法律援助人员")
public record ProviderView(
        @Schema(description = "ID", example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "姓名", example = "李律师") String name,
        @Schema(description = "类别", example = "LAWYER") ProviderKind kind,
        @Schema(description = "类别名称", example = "律师") String kindLabel,
        @Schema(description = "执业机构", example = "湖南某某律师事务所") String firm,
        @Schema(description = "执业证号", example = "14301201810012345") String licenceNo,
        @Schema(description = "联系电话", example = "13800138000") String phone,
        @Schema(description = "从事刑事辩护的起始日期", example = "2018-06-01") LocalDate criminalPracticeSince,
        @Schema(description = "截至今天的刑事辩护执业年限", example = "8") int criminalPracticeYears,
        @Schema(description = "可承办可能判处无期徒刑、死刑的案件(第二十六条)", example = "true") boolean mayDefendLifeOrDeath,
        @Schema(description = "在册", example = "true") boolean active,
        @Schema(description = "版本(ETag)", example = "0") long version) implements Answers.Versioned {
}
