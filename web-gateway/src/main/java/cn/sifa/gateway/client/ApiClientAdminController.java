package cn.sifa.gateway.client;

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
import org.springframework.http.CacheControl;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;

/** API clients of county offices and auditors, within the administrator's division subtree. */
@RestController
@RequestMapping("/api/core/v1/admin/api-clients")
@Tag(name = "API 客户端管理", description = "区县对接系统和审计的 OAuth2 客户端(系统管理员)")
@ApiResponse(responseCode = "401", description = "未认证", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "不是系统管理员", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
class ApiClientAdminController {

    private static final Map<String, String> SORTABLE = Map.of("clientId", "clientId", "name", "name",
            "divisionCode", "divisionCode", "createdAt", "createdAt");

    private final ApiClientAccounts accounts;

    ApiClientAdminController(ApiClientAccounts accounts) {
        this.accounts = accounts;
    }

    @Schema(description = "API 客户端")
    record ApiClientView(
            @Schema(description = "ID", example = "5b0e3c1a-2d4f-4a6b-8c9d-0e1f2a3b4c5d") UUID id,
            @Schema(description = "客户端 ID(client_id)", example = "kaifu-county") String clientId,
            @Schema(description = "名称", example = "开福区司法局业务系统") String name,
            @Schema(description = "行政区划代码(数据范围)", example = "430105") String divisionCode,
            @Schema(description = "权限范围", example = "[\"mediation.read\",\"mediation.write\"]") List<String> scopes,
            @Schema(description = "是否启用", example = "true") boolean enabled,
            @Schema(description = "密钥最近轮换时间", example = "2026-11-22T09:30:00Z") Instant secretRotatedAt,
            @Schema(description = "创建时间", example = "2026-11-01T08:00:00Z") Instant createdAt,
            @Schema(description = "版本", example = "0") long version) {

        static ApiClientView of(ApiClient c) {
            return new ApiClientView(c.getId(), c.getClientId(), c.getName(), c.getDivisionCode(),
                    c.scopeSet().stream().sorted().toList(), c.isEnabled(), c.getSecretRotatedAt(), c.getCreatedAt(), c.getVersion());
        }
    }

    @Schema(description = "新建的 API 客户端;clientSecret 仅此一次显示")
    record CreatedApiClientView(
            @Schema(description = "ID", example = "5b0e3c1a-2d4f-4a6b-8c9d-0e1f2a3b4c5d") UUID id,
            @Schema(description = "客户端 ID(client_id)", example = "kaifu-county") String clientId,
            @Schema(description = "名称", example = "开福区司法局业务系统") String name,
            @Schema(description = "行政区划代码(数据范围)", example = "430105") String divisionCode,
            @Schema(description = "权限范围", example = "[\"mediation.read\",\"mediation.write\"]") List<String> scopes,
            @Schema(description = "是否启用", example = "true") boolean enabled,
            @Schema(description = "客户端密钥,仅显示一次,请妥善保存", example = "q3Jk9V0sX2mYp4Lr7Tn1Wc8Zb5Hd6Fg0Ae3Su9Ki2Oj") String clientSecret) {
    }

    @Schema(description = "新密钥,仅显示一次")
    record SecretView(@Schema(description = "客户端密钥,仅显示一次", example = "q3Jk9V0sX2mYp4Lr7Tn1Wc8Zb5Hd6Fg0Ae3Su9Ki2Oj") String clientSecret) {
    }

    @Schema(description = "新建 API 客户端")
    record CreateApiClientRequest(
            @Schema(description = "客户端 ID:3-64 位小写字母、数字、点、下划线或连字符", example = "kaifu-county") String clientId,
            @Schema(description = "名称", example = "开福区司法局业务系统") String name,
            @Schema(description = "行政区划代码,默认为管理员所在区划,只能是其下级", example = "430105") String divisionCode,
            @Schema(description = "权限范围", example = "[\"mediation.read\",\"mediation.write\",\"core.read\"]") List<String> scopes) {
    }

    @GetMapping
    @Operation(summary = "客户端列表")
    @ApiResponse(responseCode = "200", description = "分页结果")
    @ApiResponse(responseCode = "400", description = "分页参数不合法", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    PageView<ApiClientView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort) {
        return PageView.of(accounts.list(q, Paging.of(page, size, sort, SORTABLE, Sort.by("clientId"))), ApiClientView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看客户端")
    @ApiResponse(responseCode = "200", description = "客户端")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ApiClientView> get(@PathVariable UUID id) {
        ApiClient client = accounts.get(id);
        return ResponseEntity.ok().eTag(Etags.of(client.getVersion())).body(ApiClientView.of(client));
    }

    @PostMapping
    @Operation(summary = "新建客户端", description = "返回的 clientSecret 仅显示这一次")
    @ApiResponse(responseCode = "201", description = "已创建")
    @ApiResponse(responseCode = "400", description = "字段不合法", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "行政区划超出管辖范围", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "客户端 ID 已存在", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CreatedApiClientView> create(@RequestBody CreateApiClientRequest request) {
        ApiClientAccounts.Created created = accounts.create(request.clientId(), request.name(), request.divisionCode(), request.scopes());
        ApiClient c = created.client();
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(c.getId()))
                .cacheControl(CacheControl.noStore())
                .body(new CreatedApiClientView(c.getId(), c.getClientId(), c.getName(), c.getDivisionCode(),
                        c.scopeSet().stream().sorted().toList(), c.isEnabled(), created.secret()));
    }

    @PostMapping("/{id}/rotate-secret")
    @Operation(summary = "轮换密钥", description = "旧密钥立即失效;已签发的令牌在 10 分钟内自然过期")
    @ApiResponse(responseCode = "200", description = "新密钥(仅显示一次)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<SecretView> rotateSecret(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new SecretView(accounts.rotateSecret(id)));
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "停用客户端", description = "立即不能再获取令牌;已签发的令牌在 10 分钟内过期")
    @ApiResponse(responseCode = "200", description = "已停用")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ApiClientView disable(@PathVariable UUID id) {
        return ApiClientView.of(accounts.setEnabled(id, false));
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "启用客户端")
    @ApiResponse(responseCode = "200", description = "已启用")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ApiClientView enable(@PathVariable UUID id) {
        return ApiClientView.of(accounts.setEnabled(id, true));
    }
}
