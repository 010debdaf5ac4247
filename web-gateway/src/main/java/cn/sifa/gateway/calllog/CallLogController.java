package cn.sifa.gateway.calllog;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.error.ForbiddenException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;

/**
 * The API call log for auditors: AUDITOR or SYSTEM_ADMIN staff, or a client holding {@code core.admin}. Like all
 * data it is limited to the caller's division subtree (calls are filed under the caller's division).
 */
@RestController
@RequestMapping("/api/core/v1/api-call-log")
@Tag(name = "接口调用日志", description = "令牌签发与每次接口调用的记录(审计人员、系统管理员)")
class CallLogController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final NamedParameterJdbcTemplate jdbc;
    private final DivisionScope scope;
    private final CallLogWriter writer;

    CallLogController(NamedParameterJdbcTemplate jdbc, DivisionScope scope, CallLogWriter writer) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.writer = writer;
    }

    @Schema(description = "一次调用")
    record CallView(
            @Schema(description = "时间", example = "2026-11-22T09:30:00Z") Instant at,
            @Schema(description = "调用方:客户端 ID 或用户名", example = "kaifu-county") String clientId,
            @Schema(description = "调用方类型 CLIENT/STAFF/ANONYMOUS", example = "CLIENT") String callerKind,
            @Schema(description = "类型 TOKEN(令牌签发)/API/LOGIN", example = "API") String kind,
            @Schema(description = "HTTP 方法", example = "GET") String method,
            @Schema(description = "路径", example = "/api/mediation/v1/cases") String path,
            @Schema(description = "响应状态码", example = "200") int status,
            @Schema(description = "耗时(毫秒)", example = "12") int durationMs,
            @Schema(description = "请求 ID(X-Request-Id)", example = "6f1c2a9e-0b7d-4c3e-8a51-2d4f6b8c0e1a") String requestId,
            @Schema(description = "调用方行政区划代码", example = "430105") String divisionCode) {
    }

    @GetMapping
    @Operation(summary = "查询接口调用日志", description = "按时间倒序;from/to 为日期(含),按北京时间")
    @ApiResponse(responseCode = "200", description = "分页结果")
    @ApiResponse(responseCode = "400", description = "参数不合法", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "未认证", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "不是审计人员或系统管理员", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    PageView<CallView> list(
            @Parameter(description = "调用方(客户端 ID 或用户名)") @RequestParam(required = false) String clientId,
            @Parameter(description = "起始日期(含)", example = "2026-11-01") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "截止日期(含)", example = "2026-11-30") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "响应状态码", example = "404") @RequestParam(required = false) Integer status,
            @Parameter(description = "类型 TOKEN/API/LOGIN") @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        SifaPrincipal caller = CurrentCaller.get();
        if (!caller.hasRole(Role.AUDITOR) && !caller.hasRole(Role.SYSTEM_ADMIN) && !caller.hasScope("core.admin")) {
            throw new ForbiddenException("只有审计人员或系统管理员可以查看接口调用日志");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw ValidationException.of("from", "date-order", "起始日期不能晚于截止日期");
        }
        var pageable = Paging.of(page, size, null, java.util.Map.of(), org.springframework.data.domain.Sort.unsorted());
        writer.flush(); // what was just called is visible at once
        StringBuilder where = new StringBuilder(" where ").append(DivisionScope.within(null, "prefix"));
        MapSqlParameterSource params = new MapSqlParameterSource("prefix", scope.sqlPrefix());
        if (clientId != null && !clientId.isBlank()) {
            where.append(" and caller = :caller");
            params.addValue("caller", clientId.trim());
        }
        if (from != null) {
            where.append(" and at >= :from");
            params.addValue("from", Timestamp.from(from.atStartOfDay(CHINA).toInstant()));
        }
        if (to != null) {
            where.append(" and at < :to");
            params.addValue("to", Timestamp.from(to.plusDays(1).atStartOfDay(CHINA).toInstant()));
        }
        if (status != null) {
            where.append(" and status = :status");
            params.addValue("status", status);
        }
        if (kind != null && !kind.isBlank()) {
            where.append(" and kind = :kind");
            params.addValue("kind", kind.trim().toUpperCase(java.util.Locale.ROOT));
        }
        long total = jdbc.queryForObject("select count(*) from core_api_call_log" + where, params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<CallView> rows = new ArrayList<>(jdbc.query("""
                select at, caller, caller_kind, kind, method, path, status, duration_ms, request_id, division_code
                from core_api_call_log""" + where + " order by at desc, id desc limit :limit offset :offset", params,
                (rs, i) -> new CallView(rs.getTimestamp("at").toInstant(), rs.getString("caller"), rs.getString("caller_kind"),
                        rs.getString("kind"), rs.getString("method"), rs.getString("path"), rs.getInt("status"),
                        rs.getInt("duration_ms"), rs.getString("request_id"), rs.getString("division_code"))));
        int totalPages = (int) ((total + pageable.getPageSize() - 1) / pageable.getPageSize());
        return new PageView<>(rows, new PageView.PageMeta(pageable.getPageSize(), pageable.getPageNumber(), total, totalPages));
    }
}
