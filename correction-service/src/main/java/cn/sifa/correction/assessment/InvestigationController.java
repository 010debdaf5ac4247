package cn.sifa.correction.assessment;

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
import cn.sifa.core.web.StepResponses;
import cn.sifa.correction.assessment.InvestigationRequests.CommissionRequest;
import cn.sifa.correction.assessment.InvestigationRequests.ExtensionRequest;
import cn.sifa.correction.assessment.InvestigationRequests.OpinionRequest;
import cn.sifa.correction.assessment.InvestigationService.InvestigationFilter;

@RestController
@RequestMapping("/api/correction/v1/investigations")
@Tag(name = "调查评估", description = "COMMISSIONED → SUBMITTED(10个工作日,速裁5个工作日;经委托机关同意可延长)")
@ApiErrors
class InvestigationController {

    private static final String PATH = "/api/correction/v1/investigations/";

    private final InvestigationService investigations;

    InvestigationController(InvestigationService investigations) {
        this.investigations = investigations;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "调查评估列表(身份证号脱敏;mine=true 为我的;可导出,导出不含未成年人)")
    public ResponseEntity<PageView<InvestigationListItem>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) InvestigationStatus status,
            @RequestParam(required = false) AuthorityType authorityType,
            @RequestParam(required = false) @Parameter(description = "true:只看我承办的") Boolean mine,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Parameter(description = "委托机关包含") String q,
            @RequestParam(required = false) @Parameter(description = "true:只看已逾期的") Boolean overdue,
            @RequestParam(required = false) @Parameter(description = "true:只看3个工作日内到期的") Boolean dueSoon,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        InvestigationFilter filter = new InvestigationFilter(divisionCode, status, authorityType, mine, from, to, q, overdue, dueSoon);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            investigations.export(filter, export, response);
            return null;
        }
        return investigations.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "调查评估详情(完整身份信息仅对社区矫正工作人员显示,并记入审计日志)")
    @ApiResponse(responseCode = "200", description = "调查评估")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<InvestigationView> get(@PathVariable UUID id) {
        return Answers.ok(investigations.get(id));
    }

    @PostMapping
    @Operation(summary = "受理调查评估委托(开启评估期限 EVALUATION)")
    @ApiResponse(responseCode = "201", description = "已受理")
    public ResponseEntity<InvestigationView> commission(@Valid @RequestBody CommissionRequest request) {
        InvestigationView created = investigations.commission(request);
        return Answers.created(PATH + created.id(), created);
    }

    @PostMapping("/{id}/extension")
    @Operation(summary = "经委托机关同意延长调查评估期限(延长的工作日数或延长后的期限,二者选一;可多次,累计)")
    @StepResponses
    public ResponseEntity<InvestigationView> extension(@PathVariable UUID id, @Valid @RequestBody ExtensionRequest request,
                                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(investigations.extension(id, ifMatch, request));
    }

    @PostMapping("/{id}/opinion")
    @Operation(summary = "提交调查评估意见(评估期限履行)")
    @StepResponses
    public ResponseEntity<InvestigationView> opinion(@PathVariable UUID id, @Valid @RequestBody OpinionRequest request,
                                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(investigations.opinion(id, ifMatch, request));
    }
}
