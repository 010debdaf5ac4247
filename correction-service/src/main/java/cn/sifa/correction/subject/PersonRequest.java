package cn.sifa.correction.subject;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.person.ValidCitizenId;

@Schema(description = "当事人身份信息")
public record PersonRequest(
        @Schema(description = "姓名", example = "李明") @NotBlank(message = "姓名不能为空") @Size(max = 50) String name,
        @Schema(description = "公民身份号码", example = "430105199001011234") @NotBlank(message = "身份证号码不能为空") @ValidCitizenId String idNumber,
        @Schema(description = "联系电话", example = "13800138000") @Pattern(regexp = "[0-9-]{7,20}", message = "联系电话格式不正确") String phone) {
}
