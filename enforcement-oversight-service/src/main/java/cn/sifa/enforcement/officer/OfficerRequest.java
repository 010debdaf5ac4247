package cn.sifa.enforcement.officer;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "执法人员登记或修改")
public record OfficerRequest(
        @Schema(description = "所属执法主体", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") @NotNull UUID agencyId,
        @Schema(description = "姓名", example = "李明") @NotBlank @Size(max = 50) String name,
        @Schema(description = "执法证号", example = "43010520230001") @NotBlank @Size(max = 40) @Pattern(regexp = "[0-9A-Za-z-]+", message = "执法证号只能包含字母、数字和连字符") String certificateNo,
        @Schema(description = "执法证有效期至", example = "2028-12-31") @NotNull LocalDate certificateValidUntil,
        @Schema(description = "资格考试结果", example = "PASSED") @NotNull ExamResult examResult,
        @Schema(description = "考试日期", example = "2023-05-20") LocalDate examOn,
        @Schema(description = "年度培训学时", example = "60") @Min(0) @Max(2000) Integer trainingHours,
        @Schema(description = "是否具有法律职业资格(法制审核人员须具备)", example = "false") Boolean legalQualification,
        @Schema(description = "是否在岗,默认在岗", example = "true") Boolean active) {
}
