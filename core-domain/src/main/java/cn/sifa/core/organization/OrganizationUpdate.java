package cn.sifa.core.organization;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT}: every changeable field (a full replacement; division and type cannot change). */
@Schema(description = "修改机构")
public record OrganizationUpdate(
        @Schema(description = "机构全称", example = "长沙市开福区法律援助中心")
        @NotBlank(message = "机构名称不能为空") @Size(max = 100, message = "机构名称不能超过100个字符") String name,
        @Schema(description = "简称,用于案号", example = "开福")
        @NotBlank(message = "简称不能为空") @Size(max = 20, message = "简称不能超过20个字符") String shortName,
        @Schema(description = "上级机构 ID", example = "3f1c2a4e-8b7d-4c21-9a0e-2b5d6f7a8c90") UUID parentId,
        @Schema(description = "案号格式", example = "{abbr}{series}〔{year}〕{seq}号")
        @Size(max = 60, message = "案号格式不能超过60个字符") String caseNoPattern,
        @Schema(description = "负责人", example = "李明") @Size(max = 50, message = "负责人姓名不能超过50个字符") String headName,
        @Schema(description = "联系电话", example = "0731-84567890")
        @Pattern(regexp = "[0-9+\\-() ]{5,30}", message = "联系电话格式不正确") String phone,
        @Schema(description = "地址", example = "湖南省长沙市开福区湘江中路一段1号") @Size(max = 200, message = "地址不能超过200个字符") String address,
        @Schema(description = "是否启用", example = "true") @NotNull(message = "是否启用不能为空") Boolean active) {
}
