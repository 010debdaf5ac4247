package cn.sifa.enforcement.action;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Listing;
import cn.sifa.core.web.Answers;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.PageView;

@RestController
@RequestMapping("/api/enforcement/v1")
@Tag(name = "执法数据报送", description = "执法行为数据批量报送与查询")
@ApiErrors
class ActionController {

    private final ActionService actions;

    ActionController(ActionService actions) {
        this.actions = actions;
    }

    @PostMapping("/action-reports")
    @Operation(summary = "批量报送执法数据(逐条校验,合格记录入库;按 agencyId+externalRef 幂等)",
            description = "每次至多 10000 条,超过答 413。每条记录或整条写入或完全不写入;重复报送同一 externalRef 更新原记录。")
    @ApiResponse(responseCode = "200", description = "已处理,见 accepted/updated/rejected/errors")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    @ApiResponse(responseCode = "413", description = "记录超过 10000 条")
    public ActionReportResult report(@Valid @RequestBody ActionReportRequest request) {
        return actions.report(request);
    }

    @GetMapping(value = "/actions", produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "执法行为列表(Accept 为 text/csv 或 Excel 类型时流式导出全部筛选结果)")
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
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        ActionFilter filter = new ActionFilter(agencyId, actType, from, to, externalRef, divisionCode, major, q);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            actions.export(filter, export, response);
            return null;
        }
        return actions.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/actions/{id}")
    @Operation(summary = "执法行为详情(ETag 为版本;If-None-Match 相同时答 304)")
    @ApiResponse(responseCode = "200", description = "执法行为")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<ActionView> get(@PathVariable UUID id) {
        return Answers.ok(actions.get(id));
    }
}
