package cn.sifa.enforcement.normative;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

public final class NormativeDocumentRequests {

    private NormativeDocumentRequests() {
    }

    @Schema(description = "规范性文件备案")
    public record FileRequest(
            @Schema(description = "行政区划,默认调用方所在区划", example = "430105") String divisionCode,
            @Schema(description = "文件标题", example = "开福区城市管理领域轻微违法行为免罚清单") @NotBlank @Size(max = 200) String title,
            @Schema(description = "文号", example = "开政发〔2026〕5号") @NotBlank @Size(max = 60) String documentNo,
            @Schema(description = "制定机关", example = "长沙市开福区人民政府") @NotBlank @Size(max = 100) String issuingBody,
            @Schema(description = "公布日期", example = "2026-10-20") @NotNull LocalDate publishedOn,
            @Schema(description = "备案日期,默认今天", example = "2026-11-05") LocalDate filedOn) {
    }

    @Schema(description = "备案审查")
    public record ReviewRequest(
            @Schema(description = "是否需要纠正", example = "false") @NotNull Boolean correctionRequired,
            @Schema(description = "审查意见", example = "未发现问题") @NotBlank @Size(max = 2000) String opinion,
            @Schema(description = "审查日期,默认今天", example = "2026-11-20") LocalDate reviewedOn) {
    }

    @Schema(description = "报告纠正情况")
    public record CorrectionRequest(
            @Schema(description = "纠正情况", example = "已删除第五条并重新公布") @NotBlank @Size(max = 2000) String note,
            @Schema(description = "报告日期,默认今天", example = "2026-12-10") LocalDate correctedOn) {
    }
}
