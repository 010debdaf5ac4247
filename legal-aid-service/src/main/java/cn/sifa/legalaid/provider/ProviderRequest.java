package cn.sifa.legalaid.provider;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "登记或修改法律援助人员")
public record ProviderRequest(
        @Schema(description = "行政区划,默认本人所在区划;修改时不可变更", example = "430105") @Size(max = 12) String divisionCode,
        @Schema(description = "姓名", example = "李律师") @NotBlank(message = "姓名不能为空") @Size(max = 100) String name,
        @Schema(description = "类别", example = "LAWYER") @NotNull(message = "请选择人员类别") ProviderKind kind,
        @Schema(description = "执业机构", example = "湖南某某律师事务所") @Size(max = 200) String firm,
        @Schema(description = "执业证号", example = "14301201810012345") @Size(max = 60) String licenceNo,
        @Schema(description = "联系电话", example = "13800138000") @Pattern(regexp = "[0-9-]{7,20}", message = "联系电话格式不正确") String phone,
        @Schema(description = "从事刑事辩护的起始日期(可能判处无期徒刑、死刑的案件需满3年)", example = "2018-06-01") LocalDate criminalPracticeSince) {
}
