package cn.sifa.gateway.staff;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.sifa.core.security.Role;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;

/** Staff accounts of the administrator's division subtree (SYSTEM_ADMIN role or core.admin scope, see ScopeRules). */
@RestController
@RequestMapping("/api/core/v1/admin/users")
@Tag(name = "用户管理", description = "工作人员账号(系统管理员)")
@ApiResponse(responseCode = "401", description = "未认证", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "不是系统管理员", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
class UserAdminController {

    private static final Map<String, String> SORTABLE = Map.of("username", "username", "displayName", "displayName",
            "createdAt", "createdAt", "lastLoginAt", "lastLoginAt");

    private final StaffAccounts accounts;

    UserAdminController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Schema(description = "工作人员账号")
    record UserView(
            @Schema(description = "ID", example = "3a1f6c2e-7b4d-4e8a-9f10-2b3c4d5e6f70") UUID id,
            @Schema(description = "用户名", example = "mediation") String username,
            @Schema(description = "姓名", example = "李调解") String displayName,
            @Schema(description = "所属机构 ID", example = "8f6b2c1e-4d0a-4b7e-9a51-0c3f1e2d7a90") UUID organizationId,
            @Schema(description = "行政区划代码", example = "430105") String divisionCode,
            @Schema(description = "角色代码", example = "[\"MEDIATION_STAFF\"]") List<String> roles,
            @Schema(description = "角色名称", example = "[\"人民调解科工作人员\"]") List<String> roleLabels,
            @Schema(description = "是否启用", example = "true") boolean enabled,
            @Schema(description = "是否处于锁定中", example = "false") boolean locked,
            @Schema(description = "锁定截止时间", example = "2026-11-22T09:45:00Z") Instant lockedUntil,
            @Schema(description = "最近登录时间", example = "2026-11-22T09:30:00Z") Instant lastLoginAt,
            @Schema(description = "密码修改时间", example = "2026-11-01T08:00:00Z") Instant passwordChangedAt,
            @Schema(description = "版本(ETag)", example = "3") long version) {

        static UserView of(StaffUser u) {
            var roles = u.roleSet().stream().sorted().toList();
            return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getOrganizationId(), u.getDivisionCode(),
                    roles.stream().map(Role::name).toList(), roles.stream().map(Role::label).toList(), u.isEnabled(),
                    u.isLocked(Instant.now()), u.getLockedUntil(), u.getLastLoginAt(), u.getPasswordChangedAt(), u.getVersion());
        }
    }

    @Schema(description = "新建账号")
    record CreateUserRequest(
            @Schema(description = "用户名:2-50 位小写字母、数字、点、下划线或连字符", example = "zhangsan") String username,
            @Schema(description = "姓名", example = "张三") String displayName,
            @Schema(description = "所属机构 ID(决定数据范围)", example = "8f6b2c1e-4d0a-4b7e-9a51-0c3f1e2d7a90") UUID organizationId,
            @Schema(description = "角色代码,可多选", example = "[\"MEDIATION_STAFF\",\"AUDITOR\"]") List<String> roles,
            @Schema(description = "初始密码:至少 10 位,含字母、数字和符号,不含用户名", example = "Kaifu#2026x") String password) {
    }

    @Schema(description = "修改账号")
    record UpdateUserRequest(
            @Schema(description = "姓名", example = "张三") String displayName,
            @Schema(description = "所属机构 ID(须在同一行政区划)", example = "8f6b2c1e-4d0a-4b7e-9a51-0c3f1e2d7a90") UUID organizationId,
            @Schema(description = "角色代码", example = "[\"MEDIATION_STAFF\"]") List<String> roles) {
    }

    @Schema(description = "重置密码")
    record ResetPasswordRequest(
            @Schema(description = "新密码:至少 10 位,含字母、数字和符号,不含用户名", example = "Kaifu#2026y") String password) {
    }

    @GetMapping
    @Operation(summary = "账号列表", description = "管辖范围内的账号,q 按用户名或姓名模糊查询")
    @ApiResponse(responseCode = "200", description = "分页结果")
    @ApiResponse(responseCode = "400", description = "分页参数不合法", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    PageView<UserView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort) {
        return PageView.of(accounts.list(q, Paging.of(page, size, sort, SORTABLE, Sort.by("username"))), UserView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看账号")
    @ApiResponse(responseCode = "200", description = "账号")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<UserView> get(@PathVariable UUID id) {
        return withEtag(accounts.get(id));
    }

    @PostMapping
    @Operation(summary = "新建账号")
    @ApiResponse(responseCode = "201", description = "已创建")
    @ApiResponse(responseCode = "400", description = "字段不合法(含密码策略)", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "用户名已存在", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<UserView> create(@RequestBody CreateUserRequest request) {
        StaffUser user = accounts.create(request.username(), request.displayName(), request.organizationId(), request.roles(),
                request.password());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(user.getId()))
                .eTag(Etags.of(user.getVersion())).body(UserView.of(user));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改账号", description = "可带 If-Match 防止覆盖他人修改")
    @ApiResponse(responseCode = "200", description = "已修改")
    @ApiResponse(responseCode = "400", description = "字段不合法", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<UserView> update(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @RequestBody UpdateUserRequest request) {
        Etags.checkIfMatch(ifMatch, accounts.get(id).getVersion());
        accounts.update(id, request.displayName(), request.organizationId(), request.roles());
        return withEtag(accounts.get(id));
    }

    @PostMapping("/{id}/reset-password")
    @Operation(summary = "重置密码", description = "同时解除锁定")
    @ApiResponse(responseCode = "200", description = "已重置")
    @ApiResponse(responseCode = "400", description = "不符合密码策略", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<UserView> resetPassword(@PathVariable UUID id, @RequestBody ResetPasswordRequest request) {
        accounts.resetPassword(id, request.password());
        return withEtag(accounts.get(id));
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "解除锁定")
    @ApiResponse(responseCode = "200", description = "已解锁")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<UserView> unlock(@PathVariable UUID id) {
        accounts.unlock(id);
        return withEtag(accounts.get(id));
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "停用账号", description = "停用后其会话立即失效")
    @ApiResponse(responseCode = "200", description = "已停用")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<UserView> disable(@PathVariable UUID id) {
        accounts.setEnabled(id, false);
        return withEtag(accounts.get(id));
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "启用账号")
    @ApiResponse(responseCode = "200", description = "已启用")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<UserView> enable(@PathVariable UUID id) {
        accounts.setEnabled(id, true);
        return withEtag(accounts.get(id));
    }

    private static ResponseEntity<UserView> withEtag(StaffUser user) {
        return ResponseEntity.ok().eTag(Etags.of(user.getVersion())).body(UserView.of(user));
    }
}
