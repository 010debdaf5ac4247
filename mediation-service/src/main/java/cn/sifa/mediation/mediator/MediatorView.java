package cn.sifa.mediation.mediator;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.mediation.dispute.DisputeType;

@Schema(description = "人民调解员")
public record MediatorView(
        @Schema(description = "ID") UUID id,
        @Schema(description = "行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "所属调委会 ID") UUID committeeId,
        @Schema(description = "姓名", example = "王建国") String name,
        @Schema(description = "性别", example = "MALE") Gender gender,
        @Schema(description = "身份证号码(脱敏)", example = "110105********002X") String idNumber,
        @Schema(description = "联系电话", example = "13800000000") String phone,
        @Schema(description = "平台用户名", example = "kaifu-mediator") String username,
        @Schema(description = "专职或兼职", example = "FULL_TIME") Employment employment,
        @Schema(description = "专兼职名称", example = "专职") String employmentLabel,
        @Schema(description = "等级", example = "SENIOR") MediatorGrade grade,
        @Schema(description = "等级名称", example = "一级调解员") String gradeLabel,
        @Schema(description = "职业背景", example = "退休法官") String profession,
        @Schema(description = "入选调解专家库", example = "true") boolean inExpertPool,
        @Schema(description = "聘任日期", example = "2021-05-01") LocalDate appointedOn,
        @Schema(description = "在职", example = "true") boolean active,
        @Schema(description = "擅长的纠纷类型", example = "[\"MEDICAL\"]") List<DisputeType> specialties,
        @Schema(description = "版本号", example = "0") long version) {
}
