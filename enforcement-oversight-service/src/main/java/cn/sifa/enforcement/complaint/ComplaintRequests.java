package cn.sifa.enforcement.complaint;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

public final class ComplaintRequests {

    private ComplaintRequests() {
    }

    @Schema(description = "受理执法投诉")
    public record ReceiveRequest(
            @Schema(description = "被投诉的执法主体", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") @NotNull UUID agencyId,
            @Schema(description = "投诉人", example = "王女士") @NotBlank @Size(max = 100) String complainantName,
            @Schema(description = "联系电话", example = "13800138000") @Pattern(regexp = "[0-9-]{7,20}", message = "联系电话格式不正确") String complainantPhone,
            @Schema(description = "投诉内容", example = "执法人员检查时未出示执法证件") @NotBlank @Size(max = 2000) String summary,
            @Schema(description = "受理日期,默认今天", example = "2026-11-02") LocalDate receivedOn) {
    }

    @Schema(description = "开始调查")
    public record InvestigateRequest(
            @Schema(description = "承办人(用户名),默认当前用户", example = "kaifu-jiandu") @Size(max = 100) String assignee,
            @Schema(description = "开始日期,默认今天", example = "2026-11-03") LocalDate startedOn) {
    }

    @Schema(description = "制发执法监督文书")
    public record DocumentRequest(
            @Schema(description = "文书种类", example = "SUPERVISION_OPINION") @NotNull SupervisionDocumentType documentType,
            @Schema(description = "文书编号", example = "开司监意〔2026〕3号") @NotBlank @Size(max = 60) String documentNo,
            @Schema(description = "调查认定的问题", example = "检查时未出示执法证件,程序违法") @NotBlank @Size(max = 2000) String finding,
            @Schema(description = "送达日期,默认今天", example = "2026-11-12") LocalDate issuedOn) {
    }

    @Schema(description = "报送整改报告")
    public record ReportRequest(
            @Schema(description = "整改情况", example = "已对相关执法人员批评教育并重新组织培训") @NotBlank @Size(max = 2000) String report,
            @Schema(description = "报告日期,默认今天", example = "2026-12-01") LocalDate reportedOn) {
    }

    @Schema(description = "办结")
    public record CloseRequest(
            @Schema(description = "办结意见(调查后不成立时为认定理由)", example = "整改到位,予以办结") @NotBlank @Size(max = 2000) String conclusion,
            @Schema(description = "办结日期,默认今天", example = "2026-12-05") LocalDate closedOn) {
    }
}
