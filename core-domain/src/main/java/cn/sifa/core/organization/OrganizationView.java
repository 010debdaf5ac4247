package cn.sifa.core.organization;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "机构")
public record OrganizationView(
        @Schema(description = "ID", example = "3f1c2a4e-8b7d-4c21-9a0e-2b5d6f7a8c90") UUID id,
        @Schema(description = "所属行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "机构类型", example = "BUREAU") OrganizationType type,
        @Schema(description = "机构类型名称", example = "司法局") String typeLabel,
        @Schema(description = "机构全称", example = "长沙市开福区司法局") String name,
        @Schema(description = "简称", example = "开福") String shortName,
        @Schema(description = "上级机构 ID", example = "5b2e7c1d-0f3a-4e6b-8c9d-1a2b3c4d5e6f") UUID parentId,
        @Schema(description = "案号格式", example = "{abbr}{series}〔{year}〕{seq}号") String caseNoPattern,
        @Schema(description = "负责人", example = "李明") String headName,
        @Schema(description = "联系电话", example = "0731-84567890") String phone,
        @Schema(description = "地址", example = "湖南省长沙市开福区湘江中路一段1号") String address,
        @Schema(description = "是否启用", example = "true") boolean active,
        @Schema(description = "版本号(与 ETag 相同)", example = "0") long version,
        @Schema(description = "创建时间", example = "2026-11-22T09:30:00+08:00") Instant createdAt,
        @Schema(description = "最后修改时间", example = "2026-11-22T09:30:00+08:00") Instant updatedAt) {

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.getId(), o.getDivisionCode(), o.getType(), o.getType().label(), o.getName(),
                o.getShortName(), o.getParentId(), o.getCaseNoPattern(), o.getHeadName(), o.getPhone(), o.getAddress(),
                o.isActive(), o.getVersion(), o.getCreatedAt(), o.getUpdatedAt());
    }
}
