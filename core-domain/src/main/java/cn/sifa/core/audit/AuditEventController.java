package cn.sifa.core.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.security.Permissions;
import cn.sifa.core.security.Role;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;

/** The operation log for auditors (RuoYi's 操作日志), read-only. */
@RestController
@RequestMapping("/api/core/v1/audit-events")
@Tag(name = "操作日志", description = "敏感查询与管理操作的不可篡改记录")
class AuditEventController {

    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurred_at", "actor", "actor",
            "action", "action", "id", "id");

    private final AuditEventQuery query;

    AuditEventController(AuditEventQuery query) {
        this.query = query;
    }

    @GetMapping
    @Operation(summary = "查询操作日志(审计人员、系统管理员或 reports.read)", responses = {
            @ApiResponse(responseCode = "200", description = "分页结果,默认按时间倒序"),
            @ApiResponse(responseCode = "400", description = "参数不合法"),
            @ApiResponse(responseCode = "401", description = "未认证"),
            @ApiResponse(responseCode = "403", description = "无审计权限")})
    PageView<AuditEventView> list(
            @Parameter(description = "起始日期(含)", example = "2026-11-01") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "结束日期(含)", example = "2026-11-30") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "操作人", example = "kaifu-admin") @RequestParam(required = false) String actor,
            @Parameter(description = "操作", example = "organization.update") @RequestParam(required = false) String action,
            @Parameter(description = "对象类型", example = "organization") @RequestParam(required = false) String targetType,
            @Parameter(description = "对象 ID") @RequestParam(required = false) String targetId,
            @Parameter(description = "行政区划代码(含下级)", example = "430105") @RequestParam(required = false) String divisionCode,
            @Parameter(description = "页码,从0开始", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "每页条数,最多200", example = "20") @RequestParam(required = false) Integer size,
            @Parameter(description = "排序,如 occurredAt,desc", example = "occurredAt,desc") @RequestParam(required = false) List<String> sort) {
        Permissions.requireAny(Set.of(Role.AUDITOR, Role.SYSTEM_ADMIN), Set.of("reports.read"), "查看操作日志");
        return query.find(new AuditEventQuery.Filter(from, to, actor, action, targetType, targetId, divisionCode),
                Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Order.desc("id"))));
    }
}
