package cn.sifa.gateway.staff;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** The logged-in staff member, as the portal shows them and builds its navigation from. */
@Schema(description = "当前登录用户")
public record MeView(
        @Schema(description = "用户名", example = "mediation") String username,
        @Schema(description = "姓名", example = "李调解") String displayName,
        @Schema(description = "所属行政区划代码(数据范围)", example = "430105") String divisionCode,
        @Schema(description = "所属行政区划名称", example = "开福区") String divisionName,
        @Schema(description = "所属机构 ID", example = "8f6b2c1e-4d0a-4b7e-9a51-0c3f1e2d7a90") UUID organizationId,
        @Schema(description = "所属机构名称", example = "长沙市开福区司法局") String organizationName,
        @Schema(description = "角色") List<RoleView> roles,
        @Schema(description = "权限范围(各角色范围之并集)", example = "[\"core.read\",\"mediation.read\",\"mediation.write\"]") List<String> scopes,
        @Schema(description = "门户权限标识,用于显示菜单和按钮", example = "[\"mediation:read\",\"mediation:write\"]") List<String> permissions) {

    @Schema(description = "角色")
    public record RoleView(
            @Schema(description = "角色代码", example = "MEDIATION_STAFF") String code,
            @Schema(description = "角色名称", example = "人民调解科工作人员") String label) {
    }
}
