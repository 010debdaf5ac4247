package cn.sifa.enforcement.normative;

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
import cn.sifa.enforcement.normative.NormativeDocumentRequests.CorrectionRequest;
import cn.sifa.enforcement.normative.NormativeDocumentRequests.FileRequest;
import cn.sifa.enforcement.normative.NormativeDocumentRequests.ReviewRequest;
import cn.sifa.enforcement.normative.NormativeDocumentService.DocumentFilter;

@RestController
@RequestMapping("/api/enforcement/v1/normative-documents")
@Tag(name = "规范性文件备案审查", description = "FILED → NO_ISSUE | CORRECTION_REQUIRED → CORRECTED_REPORTED")
@ApiErrors
class NormativeDocumentController {

    private static final String PATH = "/api/enforcement/v1/normative-documents/";

    private final NormativeDocumentService documents;

    NormativeDocumentController(NormativeDocumentService documents) {
        this.documents = documents;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "规范性文件列表(可导出)")
    public ResponseEntity<PageView<NormativeDocumentListItem>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) NormativeStatus status,
            @RequestParam(required = false) @Parameter(description = "true:只看逾期备案的") Boolean filedLate,
            @RequestParam(required = false) @Parameter(description = "标题或文号包含") String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Parameter(description = "true:只看已逾期的") Boolean overdue,
            @RequestParam(required = false) @Parameter(description = "true:只看3个工作日内到期的") Boolean dueSoon,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        DocumentFilter filter = new DocumentFilter(divisionCode, status, filedLate, q, from, to, overdue, dueSoon);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            documents.export(filter, export, response);
            return null;
        }
        return documents.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "规范性文件详情(含期限与流程记录)")
    @ApiResponse(responseCode = "200", description = "规范性文件")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<NormativeDocumentView> get(@PathVariable UUID id) {
        return Answers.ok(documents.get(id));
    }

    @PostMapping
    @Operation(summary = "备案(按公布日期计算备案期限,逾期则标记;开启审查期限)")
    @ApiResponse(responseCode = "201", description = "已备案")
    @ApiResponse(responseCode = "409", description = "文号重复")
    public ResponseEntity<NormativeDocumentView> file(@Valid @RequestBody FileRequest request) {
        NormativeDocumentView created = documents.file(request);
        return Answers.created(PATH + created.id(), created);
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "备案审查(无问题 / 需纠正;审查期限履行,需纠正的开启纠正期限)")
    @StepResponses
    public ResponseEntity<NormativeDocumentView> review(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request,
                                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(documents.review(id, ifMatch, request));
    }

    @PostMapping("/{id}/report-correction")
    @Operation(summary = "报告纠正情况(纠正期限履行)")
    @StepResponses
    public ResponseEntity<NormativeDocumentView> reportCorrection(@PathVariable UUID id, @Valid @RequestBody CorrectionRequest request,
                                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(documents.reportCorrection(id, ifMatch, request));
    }
}
