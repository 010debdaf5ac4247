package cn.sifa.enforcement.complaint;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
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

import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.export.Exporter;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.agency.Agencies;
import cn.sifa.enforcement.agency.Agency;
import cn.sifa.enforcement.complaint.ComplaintRequests.CloseRequest;
import cn.sifa.enforcement.complaint.ComplaintRequests.DocumentRequest;
import cn.sifa.enforcement.complaint.ComplaintRequests.InvestigateRequest;
import cn.sifa.enforcement.complaint.ComplaintRequests.ReceiveRequest;
import cn.sifa.enforcement.complaint.ComplaintRequests.ReportRequest;
import cn.sifa.enforcement.support.Exports;
import cn.sifa.enforcement.support.Responses;
import cn.sifa.enforcement.support.Specs;
import cn.sifa.enforcement.support.WorkflowView;
import cn.sifa.enforcement.support.Workflows;

@RestController
@RequestMapping("/api/enforcement/v1/complaints")
@Tag(name = "执法投诉", description = "RECEIVED → INVESTIGATING → RECTIFYING → REPORTED → CLOSED")
@ApiResponse(responseCode = "400", description = "参数不合法")
@ApiResponse(responseCode = "401", description = "未认证")
@ApiResponse(responseCode = "403", description = "缺少权限")
class ComplaintController {

    private static final String PATH = "/api/enforcement/v1/complaints/";
    private static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "status", "status");

    private final Complaints complaints;
    private final Agencies agencies;
    private final Workflows workflows;
    private final DivisionScope scope;
    private final Exporter exporter;

    ComplaintController(Complaints complaints, Agencies agencies, Workflows workflows, DivisionScope scope, Exporter exporter) {
        this.complaints = complaints;
        this.agencies = agencies;
        this.workflows = workflows;
        this.scope = scope;
        this.exporter = exporter;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "执法投诉列表(assignee=me 为我的;可导出)")
    @Transactional(readOnly = true)
    public ResponseEntity<PageView<ComplaintView>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) UUID agencyId,
            @RequestParam(required = false) ComplaintStatus status, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) throws IOException {
        String who = "me".equals(assignee) ? CurrentCaller.get().subject() : assignee;
        var spec = Specs.<Complaint>within(scope.narrowTo(divisionCode)).eq("agencyId", agencyId).eq("status", status)
                .eq("assignee", who).between("receivedOn", from, to).contains("summary", q).build();
        var export = Exports.requested(accept);
        if (export.isPresent()) {
            exporter.write(response, export.get(), "执法投诉", List.<ExportColumn<Complaint>>of(
                    new ExportColumn<>("受理日期", Complaint::getReceivedOn), new ExportColumn<>("投诉人", Complaint::getComplainantName),
                    new ExportColumn<>("投诉内容", Complaint::getSummary), new ExportColumn<>("状态", c -> c.getStatus().label()),
                    new ExportColumn<>("监督文书", c -> c.getDocumentType() == null ? "" : c.getDocumentType().label()),
                    new ExportColumn<>("办结日期", Complaint::getClosedOn)),
                    complaints.findAll(spec, Sort.by("receivedOn")).stream());
            return null;
        }
        return ResponseEntity.ok(PageView.of(complaints.findAll(spec, Paging.of(page, size, sort, SORTABLE,
                Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.asc("id")))), c -> ComplaintView.of(c, WorkflowView.brief(c.allowedActions()))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "投诉详情(含期限与时间线)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @Transactional(readOnly = true)
    public ResponseEntity<ComplaintView> get(@PathVariable UUID id) {
        return view(complaints.require(id));
    }

    @PostMapping
    @Operation(summary = "受理投诉(开启办理期限)")
    @ApiResponse(responseCode = "201", description = "已受理")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    @Transactional
    public ResponseEntity<ComplaintView> receive(@Valid @RequestBody ReceiveRequest request) {
        Agency agency = agencies.require(request.agencyId());
        LocalDate on = StepDates.of("receivedOn", request.receivedOn(), null, null);
        Complaint complaint = complaints.saveAndFlush(new Complaint(agency.getDivisionCode(), agency.getId(),
                request.complainantName().trim(), request.complainantPhone(), request.summary().trim(), on));
        UUID id = complaint.getId();
        workflows.transition(Complaint.RECORD_TYPE, id, complaint.getDivisionCode(), "receive", null, ComplaintStatus.RECEIVED, on, null);
        workflows.open(Complaint.RECORD_TYPE, id, complaint.getDivisionCode(), "执法投诉 " + complaint.getComplainantName(),
                Complaint.HANDLING_RULE, on);
        return Responses.created(PATH + id, complaint.getVersion(), ComplaintView.of(complaint, workflows.view(id, complaint.allowedActions())));
    }

    @PostMapping("/{id}/investigate")
    @Operation(summary = "开始调查")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<ComplaintView> investigate(@PathVariable UUID id, @Valid @RequestBody InvestigateRequest request,
                                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return step(id, ifMatch, "investigate", c -> c.investigate(
                request.assignee() == null || request.assignee().isBlank() ? CurrentCaller.get().subject() : request.assignee().trim(),
                request.startedOn()), Complaint::getInvestigationStartedOn, null);
    }

    @PostMapping("/{id}/issue-document")
    @Operation(summary = "制发执法提醒函 / 执法监督意见书 / 执法监督决定书(开启整改期限)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<ComplaintView> issueDocument(@PathVariable UUID id, @Valid @RequestBody DocumentRequest request,
                                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        step(id, ifMatch, "issue-document",
                c -> c.issueDocument(request.documentType(), request.documentNo().trim(), request.finding(), request.issuedOn()),
                Complaint::getDocumentIssuedOn, request.documentType().label() + " " + request.documentNo());
        Complaint c = complaints.require(id);
        workflows.meet(id, Complaint.HANDLING_RULE, c.getDocumentIssuedOn());
        workflows.open(Complaint.RECORD_TYPE, id, c.getDivisionCode(), "执法投诉整改 " + c.getComplainantName(),
                Complaint.RECTIFICATION_RULE, c.getDocumentIssuedOn());
        return view(c);
    }

    @PostMapping("/{id}/report")
    @Operation(summary = "报送整改报告")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<ComplaintView> report(@PathVariable UUID id, @Valid @RequestBody ReportRequest request,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        step(id, ifMatch, "report", c -> c.report(request.report(), request.reportedOn()), Complaint::getReportedOn, request.report());
        Complaint c = complaints.require(id);
        workflows.meet(id, Complaint.RECTIFICATION_RULE, c.getReportedOn());
        return view(c);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "办结(整改报告后,或调查认定投诉不成立)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<ComplaintView> close(@PathVariable UUID id, @Valid @RequestBody CloseRequest request,
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        step(id, ifMatch, "close", c -> c.close(request.conclusion(), request.closedOn()), Complaint::getClosedOn, request.conclusion());
        Complaint c = complaints.require(id);
        workflows.meet(id, Complaint.HANDLING_RULE, c.getClosedOn());
        workflows.cancelAll(id);
        return view(c);
    }

    private ResponseEntity<ComplaintView> step(UUID id, String ifMatch, String action, Consumer<Complaint> work,
                                               java.util.function.Function<Complaint, LocalDate> on, String comment) {
        Complaint complaint = complaints.require(id);
        Etags.checkIfMatch(ifMatch, complaint.getVersion());
        ComplaintStatus from = complaint.getStatus();
        work.accept(complaint);
        complaints.saveAndFlush(complaint);
        workflows.transition(Complaint.RECORD_TYPE, id, complaint.getDivisionCode(), action, from, complaint.getStatus(),
                on.apply(complaint), comment);
        return view(complaint);
    }

    private ResponseEntity<ComplaintView> view(Complaint c) {
        return Responses.ok(c.getVersion(), ComplaintView.of(c, workflows.view(c.getId(), c.allowedActions())));
    }
}
