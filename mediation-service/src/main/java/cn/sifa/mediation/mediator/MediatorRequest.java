package cn.sifa.mediation.mediator;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.person.ValidCitizenId;
import cn.sifa.mediation.dispute.DisputeType;

@Schema(description = "人民调解员")
public record MediatorRequest(
        @Schema(description = "行政区划代码,默认为调用方所在区划(仅新建时有效)", example = "430105") String divisionCode,
        @Schema(description = "所属调委会 ID") UUID committeeId,
        @Schema(description = "姓名", example = "王建国") @NotBlank @Size(max = 50) String name,
        @Schema(description = "性别", example = "MALE") @NotNull Gender gender,
        @Schema(description = "身份证号码;修改时也可送回详情显示的脱敏值(保留原号码)", example = "11010519491231002X")
        @ValidCitizenId(allowMasked = true) String idNumber,
        @Schema(description = "联系电话;修改时也可送回脱敏值(保留原号码)", example = "13800000000") @Size(max = 30) String phone,
        @Schema(description = "对应的平台用户名", example = "kaifu-mediator") @Size(max = 100) String username,
        @Schema(description = "专职或兼职", example = "FULL_TIME") @NotNull Employment employment,
        @Schema(description = "等级", example = "SENIOR") MediatorGrade grade,
        @Schema(description = "职业背景", example = "退休法官") @Size(max = 100) String profession,
        @Schema(description = "是否入选调解专家库", example = "true") Boolean inExpertPool,
        @Schema(description = "聘任日期", example = "2021-05-01") LocalDate appointedOn,
        @Schema(description = "是否在职(仅修改时有效)", example = "true") Boolean active,
        @Schema(description = "擅长的纠纷类型", example = "[\"MEDICAL\"]") @Size(max = 17) List<@NotNull DisputeType> specialties) {
}
