package cn.sifa.enforcement.filing;

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
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.StepResponses;
import cn.sifa.enforcement.filing.PenaltyFilingRequests.CorrectionRequest;
import cn.sifa.enforcement.filing.PenaltyFilingRequests.FileRequest;
import cn.sifa.enforcement.filing.PenaltyFilingRequests.ReviewRequest;
import cn.sifa.enforcement.filing.PenaltyFilingService.FilingFilter;
import cn.sifa.core.web.Answers;

@RestController
@RequestMapping("/api/enforcement/v1/penalty-filings")
@Tag(name = "重大行政处罚备案", description = "FILED → NO_ISSUE | CORRECTION_REQUIRED → CORRECTED")
@ApiErrors
class PenaltyFilingController {

    private static final String PATH = "/api/enforcement/v1/penalty-filings/";

    private final PenaltyFilingService filings;

    PenaltyFilingController(PenaltyFilingService filings) {
        this.filings = filings;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "重大行政处罚备案列表(可导出)")
    public ResponseEntity<PageView<PenaltyFilingView>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) UUID agencyId,
            @RequestParam(required = false) FilingStatus status, @RequestParam(required = false) Boolean filedLate,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Parameter(description = "true:只看已逾期的") Boolean overdue,
            @RequestParam(required = false) @Parameter(description = "true:只看3个工作日内到期的") Boolean dueSoon,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        FilingFilter filter = new FilingFilter(divisionCode, agencyId, status, filedLate, from, to, overdue, dueSoon);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            filings.export(filter, export, response);
            return null;
        }
        return filings.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "备案详情")
    @ApiResponse(responseCode = "200", description = "备案")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<PenaltyFilingView> get(@PathVariable UUID id) {
        return Answers.ok(filings.get(id));
    }

    @PostMapping
    @Operation(summary = "备案(按处罚决定日期计算备案期限,逾期则标记)")
    @ApiResponse(responseCode = "201", description = "已备案")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    public ResponseEntity<PenaltyFilingView> file(@Valid @RequestBody FileRequest request) {
        PenaltyFilingView created = filings.file(request);
        return Answers.created(PATH + created.id(), created);
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "备案审查(NO_ISSUE 无异议 / CORRECTION_REQUIRED 责令纠正)")
    @StepResponses
    public ResponseEntity<PenaltyFilingView> review(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request,
                                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(filings.review(id, ifMatch, request));
    }

    @PostMapping("/{id}/report-correction")
    @Operation(summary = "报告纠正情况")
    @StepResponses
    public ResponseEntity<PenaltyFilingView> reportCorrection(@PathVariable UUID id, @Valid @RequestBody CorrectionRequest request,
                                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(filings.reportCorrection(id, ifMatch, request));
    }
}
