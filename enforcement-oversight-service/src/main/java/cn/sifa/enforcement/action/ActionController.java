package cn.sifa.enforcement.action;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.Exporter;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.enforcement.support.Exports;

@RestController
@RequestMapping("/api/enforcement/v1")
@Tag(name = "执法数据报送", description = "执法行为数据批量报送与查询")
@ApiResponse(responseCode = "400", description = "参数不合法")
@ApiResponse(responseCode = "401", description = "未认证")
@ApiResponse(responseCode = "403", description = "缺少 enforcement.read / enforcement.write 权限")
class ActionController {

    private final ActionIngest ingest;
    private final ActionQueries queries;
    private final DivisionScope scope;
    private final Exporter exporter;

    ActionController(ActionIngest ingest, ActionQueries queries, DivisionScope scope, Exporter exporter) {
        this.ingest = ingest;
        this.queries = queries;
        this.scope = scope;
        this.exporter = exporter;
    }

    @PostMapping("/action-reports")
    @Operation(summary = "批量报送执法数据(逐条校验,合格记录入库;按 agencyId+externalRef 幂等)",
            description = "每次至多 10000 条,超过答 413。每条记录或整条写入或完全不写入;重复报送同一 externalRef 更新原记录。")
    @ApiResponse(responseCode = "200", description = "已处理,见 accepted/updated/rejected/errors")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    @ApiResponse(responseCode = "413", description = "记录超过 10000 条")
    public ActionReportResult report(@Valid @RequestBody ActionReportRequest request) {
        return ingest.ingest(request.agencyId(), request.actions());
    }

    @GetMapping(value = "/actions", produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "执法行为列表(Accept 为 text/csv 或 Excel 类型时流式导出全部筛选结果)")
    @Transactional(readOnly = true)
    public ResponseEntity<PageView<ActionView>> list(
            @Parameter(description = "执法主体") @RequestParam(required = false) UUID agencyId,
            @Parameter(description = "执法行为类别") @RequestParam(required = false) EnforcementActType actType,
            @Parameter(description = "决定日期起(含)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "决定日期止(含)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "记录编号") @RequestParam(required = false) String externalRef,
            @Parameter(description = "行政区划(本级及下级)") @RequestParam(required = false) String divisionCode,
            @Parameter(description = "是否重大执法决定") @RequestParam(required = false) Boolean major,
            @Parameter(description = "当事人名称包含") @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @Parameter(description = "排序:decidedOn|externalRef|publicationDueOn,asc|desc") @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        if (from != null && to != null && to.isBefore(from)) {
            throw ValidationException.of("to", "date-order", "截止日期不能早于起始日期");
        }
        ActionFilter filter = new ActionFilter(agencyId, actType, from, to, externalRef, scope.narrowTo(divisionCode), major, q);
        var export = Exports.requested(accept);
        if (export.isPresent()) {
            exporter.write(response, export.get(), "执法数据", COLUMNS, queries.stream(filter));
            return null;
        }
        var pageable = Paging.of(page, size, sort, ActionQueries.SORTABLE, Sort.by(Sort.Order.desc("a.decided_on")));
        return ResponseEntity.ok(queries.page(filter, pageable));
    }

    @GetMapping("/actions/{id}")
    @Operation(summary = "执法行为详情")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ActionView get(@PathVariable UUID id) {
        var page = queries.page(new ActionFilter(null, null, null, null, null, scope.sqlPrefix(), null, null),
                "a.id = '" + id + "'", org.springframework.data.domain.PageRequest.of(0, 1));
        if (page.content().isEmpty()) {
            throw new NotFoundException("执法行为", id);
        }
        return page.content().get(0);
    }

    static final List<ExportColumn<ActionView>> COLUMNS = List.of(
            new ExportColumn<>("记录编号", ActionView::externalRef),
            new ExportColumn<>("执法主体", ActionView::agencyName),
            new ExportColumn<>("行政区划", ActionView::divisionCode),
            new ExportColumn<>("执法行为类别", ActionView::actTypeLabel),
            new ExportColumn<>("决定日期", ActionView::decidedOn),
            new ExportColumn<>("当事人", ActionView::partyName),
            new ExportColumn<>("统一社会信用代码", ActionView::partyCreditCode),
            new ExportColumn<>("处罚种类", v -> String.join("、", v.penaltyKinds().stream().map(PenaltyKind::label).toList())),
            new ExportColumn<>("金额(元)", ActionView::amount),
            new ExportColumn<>("重大执法决定", v -> v.major() ? "是" : "否"),
            new ExportColumn<>("法制审核日期", ActionView::legalReviewedOn),
            new ExportColumn<>("公示日期", ActionView::publicizedOn),
            new ExportColumn<>("应公示截止日", ActionView::publicationDueOn),
            new ExportColumn<>("截止日暂定", a -> a.publicationDueProvisional() ? "是" : ""),
            new ExportColumn<>("全过程音像记录", v -> v.recordedAudioVisual() ? "是" : "否"));
}
