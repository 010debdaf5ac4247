package cn.sifa.enforcement.complaint;

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
import cn.sifa.enforcement.complaint.ComplaintRequests.CloseRequest;
import cn.sifa.enforcement.complaint.ComplaintRequests.DocumentRequest;
import cn.sifa.enforcement.complaint.ComplaintRequests.InvestigateRequest;
import cn.sifa.enforcement.complaint.ComplaintRequests.ReceiveRequest;
import cn.sifa.enforcement.complaint.ComplaintRequests.ReportRequest;
import cn.sifa.enforcement.complaint.ComplaintService.ComplaintFilter;
import cn.sifa.core.web.Answers;

@RestController
@RequestMapping("/api/enforcement/v1/complaints")
@Tag(name = "执法投诉", description = "RECEIVED → INVESTIGATING → RECTIFYING → REPORTED → CLOSED")
@ApiErrors
class ComplaintController {

    private static final String PATH = "/api/enforcement/v1/complaints/";

    private final ComplaintService complaints;

    ComplaintController(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "执法投诉列表(mine=true 为我的;可导出)")
    public ResponseEntity<PageView<ComplaintListItem>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) UUID agencyId,
            @RequestParam(required = false) ComplaintStatus status,
            @RequestParam(required = false) @Parameter(description = "true:只看我承办的") Boolean mine,
            @RequestParam(required = false) @Parameter(description = "已废弃,请用 mine=true;承办人用户名,me 为我", deprecated = true) String assignee,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @Parameter(description = "true:只看已逾期的") Boolean overdue,
            @RequestParam(required = false) @Parameter(description = "true:只看3个工作日内到期的") Boolean dueSoon,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        ComplaintFilter filter = new ComplaintFilter(divisionCode, agencyId, status, mine, assignee, from, to, q, overdue, dueSoon);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            complaints.export(filter, export, response);
            return null;
        }
        return complaints.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "投诉详情(含期限与时间线)")
    @ApiResponse(responseCode = "200", description = "投诉")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<ComplaintView> get(@PathVariable UUID id) {
        return Answers.ok(complaints.get(id));
    }

    @PostMapping
    @Operation(summary = "受理投诉(开启办理期限)")
    @ApiResponse(responseCode = "201", description = "已受理")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    public ResponseEntity<ComplaintView> receive(@Valid @RequestBody ReceiveRequest request) {
        ComplaintView created = complaints.receive(request);
        return Answers.created(PATH + created.id(), created);
    }

    @PostMapping("/{id}/investigate")
    @Operation(summary = "开始调查")
    @StepResponses
    public ResponseEntity<ComplaintView> investigate(@PathVariable UUID id, @Valid @RequestBody InvestigateRequest request,
                                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(complaints.investigate(id, ifMatch, request));
    }

    @PostMapping("/{id}/issue-document")
    @Operation(summary = "制发执法提醒函 / 执法监督意见书 / 执法监督决定书(办理期限履行,开启整改期限)")
    @StepResponses
    public ResponseEntity<ComplaintView> issueDocument(@PathVariable UUID id, @Valid @RequestBody DocumentRequest request,
                                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(complaints.issueDocument(id, ifMatch, request));
    }

    @PostMapping("/{id}/report")
    @Operation(summary = "报送整改报告")
    @StepResponses
    public ResponseEntity<ComplaintView> report(@PathVariable UUID id, @Valid @RequestBody ReportRequest request,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(complaints.report(id, ifMatch, request));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "办结(整改报告后,或调查认定投诉不成立)")
    @StepResponses
    public ResponseEntity<ComplaintView> close(@PathVariable UUID id, @Valid @RequestBody CloseRequest request,
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(complaints.close(id, ifMatch, request));
    }
}
