package cn.sifa.core.organization;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
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

import cn.sifa.core.security.Permissions;
import cn.sifa.core.security.Role;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;

/** Organizations: anyone signed in reads those of their scope; system administrators maintain them. */
@RestController
@RequestMapping("/api/core/v1/organizations")
@Tag(name = "机构", description = "司法局及其下属机构(司法所、法律援助中心、行政复议机构等)")
class OrganizationController {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "shortName", "shortName",
            "divisionCode", "divisionCode", "type", "type", "createdAt", "createdAt");
    private static final Sort DEFAULT_SORT = Sort.by("divisionCode", "type", "name", "id");

    private final OrganizationService organizations;

    OrganizationController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GetMapping
    @Operation(summary = "机构列表(当前用户管辖范围内)", responses = {
            @ApiResponse(responseCode = "200", description = "分页结果"),
            @ApiResponse(responseCode = "400", description = "参数不合法(如每页超过200条)"),
            @ApiResponse(responseCode = "401", description = "未认证")})
    PageView<OrganizationView> list(
            @Parameter(description = "机构类型", example = "BUREAU") @RequestParam(required = false) OrganizationType type,
            @Parameter(description = "行政区划代码(含下级)", example = "430105") @RequestParam(required = false) String divisionCode,
            @Parameter(description = "名称或简称包含", example = "开福") @RequestParam(required = false) String q,
            @Parameter(description = "是否启用", example = "true") @RequestParam(required = false) Boolean active,
            @Parameter(description = "页码,从0开始", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "每页条数,最多200", example = "20") @RequestParam(required = false) Integer size,
            @Parameter(description = "排序,如 name,asc", example = "name,asc") @RequestParam(required = false) List<String> sort) {
        return PageView.of(organizations.list(type, divisionCode, q, active, Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT)),
                OrganizationView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查询一个机构", responses = {
            @ApiResponse(responseCode = "200", description = "机构,ETag 为版本号"),
            @ApiResponse(responseCode = "400", description = "ID 格式不正确"),
            @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")})
    ResponseEntity<OrganizationView> one(@Parameter(description = "机构 ID") @PathVariable UUID id) {
        Organization org = organizations.get(id);
        return ResponseEntity.ok().eTag(Etags.of(org.getVersion())).body(OrganizationView.of(org));
    }

    @PostMapping
    @Operation(summary = "新建机构(系统管理员或 core.admin)", responses = {
            @ApiResponse(responseCode = "201", description = "已创建,Location 指向新机构"),
            @ApiResponse(responseCode = "400", description = "输入不合法"),
            @ApiResponse(responseCode = "403", description = "无管理权限或区划超出管辖范围"),
            @ApiResponse(responseCode = "409", description = "同一区划已有同类型同名机构")})
    ResponseEntity<OrganizationView> create(@Valid @RequestBody OrganizationRequest request) {
        requireAdmin();
        Organization org = organizations.create(request);
        return ResponseEntity.created(URI.create("/api/core/v1/organizations/" + org.getId()))
                .eTag(Etags.of(org.getVersion())).body(OrganizationView.of(org));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改机构(系统管理员或 core.admin),支持 If-Match", responses = {
            @ApiResponse(responseCode = "200", description = "已修改,ETag 为新版本号"),
            @ApiResponse(responseCode = "400", description = "输入不合法"),
            @ApiResponse(responseCode = "403", description = "无管理权限"),
            @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内"),
            @ApiResponse(responseCode = "409", description = "同名冲突或并发修改"),
            @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")})
    ResponseEntity<OrganizationView> update(@Parameter(description = "机构 ID") @PathVariable UUID id,
                                            @Parameter(description = "读取时得到的 ETag", example = "\"0\"")
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody OrganizationUpdate update) {
        requireAdmin();
        Organization org = organizations.update(id, ifMatch, update);
        return ResponseEntity.ok().eTag(Etags.of(org.getVersion())).body(OrganizationView.of(org));
    }

    private static void requireAdmin() {
        Permissions.requireAny(Set.of(Role.SYSTEM_ADMIN), Set.of("core.admin"), "维护机构信息");
    }
}
