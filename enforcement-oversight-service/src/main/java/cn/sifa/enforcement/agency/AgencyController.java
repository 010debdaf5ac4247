package cn.sifa.enforcement.agency;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Listing;
import cn.sifa.core.web.Answers;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.StepResponses;
import cn.sifa.enforcement.agency.AgencyService.AgencyFilter;

@RestController
@RequestMapping("/api/enforcement/v1/agencies")
@Tag(name = "执法主体", description = "行政执法主体及其权责清单类别")
@ApiErrors
class AgencyController {

    private static final String PATH = "/api/enforcement/v1/agencies/";

    private final AgencyService agencies;

    AgencyController(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "执法主体列表(Accept 为 text/csv 或 Excel 类型时导出全部筛选结果)")
    public ResponseEntity<PageView<AgencyView>> list(@RequestParam(required = false) String divisionCode,
                                                     @RequestParam(required = false) String q,
                                                     @RequestParam(required = false) AgencyKind kind,
                                                     @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                     @RequestParam(required = false) List<String> sort,
                                                     @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                                     HttpServletResponse response) {
        AgencyFilter filter = new AgencyFilter(divisionCode, q, kind);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            agencies.export(filter, export, response);
            return null;
        }
        return agencies.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "执法主体详情")
    @ApiResponse(responseCode = "200", description = "执法主体")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<AgencyView> get(@PathVariable UUID id) {
        return Answers.ok(agencies.get(id));
    }

    @PostMapping
    @Operation(summary = "登记执法主体")
    @ApiResponse(responseCode = "201", description = "已登记")
    @ApiResponse(responseCode = "409", description = "同一区划下名称重复")
    public ResponseEntity<AgencyView> create(@Valid @RequestBody AgencyRequest request) {
        AgencyView created = agencies.create(request);
        return Answers.created(PATH + created.id(), created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改执法主体")
    @StepResponses
    public ResponseEntity<AgencyView> update(@PathVariable UUID id, @Valid @RequestBody AgencyRequest request,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(agencies.update(id, ifMatch, request));
    }
}
