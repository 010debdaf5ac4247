package cn.sifa.enforcement.filing;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.export.Exporter;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.agency.Agencies;
import cn.sifa.enforcement.agency.Agency;
import cn.sifa.enforcement.filing.PenaltyFilingRequests.CorrectionRequest;
import cn.sifa.enforcement.filing.PenaltyFilingRequests.FileRequest;
import cn.sifa.enforcement.filing.PenaltyFilingRequests.ReviewRequest;
import cn.sifa.enforcement.support.Exports;
import cn.sifa.enforcement.support.Responses;
import cn.sifa.enforcement.support.Specs;
import cn.sifa.enforcement.support.WorkflowView;
import cn.sifa.enforcement.support.Workflows;

@RestController
@RequestMapping("/api/enforcement/v1/penalty-filings")
@Tag(name = "重大行政处罚备案", description = "FILED → NO_ISSUE | CORRECTION_REQUIRED → CORRECTED")
@ApiResponse(responseCode = "400", description = "参数不合法")
@ApiResponse(responseCode = "401", description = "未认证")
@ApiResponse(responseCode = "403", description = "缺少权限")
class PenaltyFilingController {

    private static final String PATH = "/api/enforcement/v1/penalty-filings/";
    private static final Map<String, String> SORTABLE = Map.of("filedOn", "filedOn", "decidedOn", "decidedOn");

    private final PenaltyFilings filings;
    private final Agencies agencies;
    private final Workflows workflows;
    private final DivisionScope scope;
    private final Exporter exporter;

    PenaltyFilingController(PenaltyFilings filings, Agencies agencies, Workflows workflows, DivisionScope scope, Exporter exporter) {
        this.filings = filings;
        this.agencies = agencies;
        this.workflows = workflows;
        this.scope = scope;
        this.exporter = exporter;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "重大行政处罚备案列表(可导出)")
    @Transactional(readOnly = true)
    public ResponseEntity<PageView<PenaltyFilingView>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) UUID agencyId,
            @RequestParam(required = false) FilingStatus status, @RequestParam(required = false) Boolean filedLate,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) throws IOException {
        var spec = Specs.<PenaltyFiling>within(scope.narrowTo(divisionCode)).eq("agencyId", agencyId).eq("status", status)
                .eq("filedLate", filedLate).between("filedOn", from, to).build();
        var export = Exports.requested(accept);
        if (export.isPresent()) {
            exporter.write(response, export.get(), "重大行政处罚备案", List.<ExportColumn<PenaltyFiling>>of(
                    new ExportColumn<>("案件名称", PenaltyFiling::getCaseTitle), new ExportColumn<>("当事人", PenaltyFiling::getPartyName),
                    new ExportColumn<>("金额(元)", PenaltyFiling::getAmount), new ExportColumn<>("决定日期", PenaltyFiling::getDecidedOn),
                    new ExportColumn<>("备案日期", PenaltyFiling::getFiledOn),
                    new ExportColumn<>("逾期备案", f -> f.isFiledLate() ? "是" : "否"),
                    new ExportColumn<>("状态", f -> f.getStatus().label())),
                    filings.findAll(spec, Sort.by("filedOn")).stream());
            return null;
        }
        return ResponseEntity.ok(PageView.of(filings.findAll(spec, Paging.of(page, size, sort, SORTABLE,
                Sort.by(Sort.Order.desc("filedOn"), Sort.Order.asc("id")))), f -> PenaltyFilingView.of(f, WorkflowView.brief(f.allowedActions()))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "备案详情")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @Transactional(readOnly = true)
    public ResponseEntity<PenaltyFilingView> get(@PathVariable UUID id) {
        return view(filings.require(id));
    }

    @PostMapping
    @Operation(summary = "备案(按处罚决定日期计算备案期限,逾期则标记)")
    @ApiResponse(responseCode = "201", description = "已备案")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    @Transactional
    public ResponseEntity<PenaltyFilingView> file(@Valid @RequestBody FileRequest request) {
        Agency agency = agencies.require(request.agencyId());
        ValidationException.Collector errors = new ValidationException.Collector();
        StepDates.check(errors, "decidedOn", request.decidedOn(), null, null);
        LocalDate filedOn = request.filedOn() == null ? StepDates.today() : request.filedOn();
        StepDates.check(errors, "filedOn", filedOn, request.decidedOn(), "处罚决定日期");
        errors.throwIfAny();
        PenaltyFiling filing = new PenaltyFiling(agency.getDivisionCode(), agency.getId(), request.caseTitle().trim(),
                request.partyName().trim(), request.actionRef(), request.penaltyKinds(), request.amount(), request.decidedOn(), filedOn);
        filings.saveAndFlush(filing);
        UUID id = filing.getId();
        DeadlineView due = workflows.open(PenaltyFiling.RECORD_TYPE, id, filing.getDivisionCode(), filing.getCaseTitle(),
                PenaltyFiling.FILING_RULE, request.decidedOn());
        workflows.meet(id, PenaltyFiling.FILING_RULE, filedOn);
        filing.markLate(due.dueDate());
        filings.saveAndFlush(filing);
        workflows.transition(PenaltyFiling.RECORD_TYPE, id, filing.getDivisionCode(), "file", null, FilingStatus.FILED, filedOn,
                filing.isFiledLate() ? "逾期备案(应于 " + due.dueDate() + " 前备案)" : null);
        workflows.open(PenaltyFiling.RECORD_TYPE, id, filing.getDivisionCode(), filing.getCaseTitle(), PenaltyFiling.REVIEW_RULE, filedOn);
        return Responses.created(PATH + id, filing.getVersion(), PenaltyFilingView.of(filing, workflows.view(id, filing.allowedActions())));
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "备案审查(NO_ISSUE 无异议 / CORRECTION_REQUIRED 责令纠正)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<PenaltyFilingView> review(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request,
                                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PenaltyFiling filing = filings.require(id);
        Etags.checkIfMatch(ifMatch, filing.getVersion());
        FilingStatus from = filing.getStatus();
        filing.review(request.result(), request.opinion(), request.reviewedOn());
        filings.saveAndFlush(filing);
        workflows.transition(PenaltyFiling.RECORD_TYPE, id, filing.getDivisionCode(), "review", from, filing.getStatus(),
                filing.getReviewedOn(), request.opinion());
        workflows.meet(id, PenaltyFiling.REVIEW_RULE, filing.getReviewedOn());
        if (filing.getStatus() == FilingStatus.CORRECTION_REQUIRED) {
            workflows.open(PenaltyFiling.RECORD_TYPE, id, filing.getDivisionCode(), filing.getCaseTitle(),
                    PenaltyFiling.CORRECTION_RULE, filing.getReviewedOn());
        }
        return view(filing);
    }

    @PostMapping("/{id}/report-correction")
    @Operation(summary = "报告纠正情况")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<PenaltyFilingView> reportCorrection(@PathVariable UUID id, @Valid @RequestBody CorrectionRequest request,
                                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PenaltyFiling filing = filings.require(id);
        Etags.checkIfMatch(ifMatch, filing.getVersion());
        FilingStatus from = filing.getStatus();
        filing.reportCorrection(request.correctedOn());
        filings.saveAndFlush(filing);
        workflows.transition(PenaltyFiling.RECORD_TYPE, id, filing.getDivisionCode(), "report-correction", from,
                filing.getStatus(), filing.getCorrectedOn(), request.note());
        workflows.meet(id, PenaltyFiling.CORRECTION_RULE, filing.getCorrectedOn());
        return view(filing);
    }

    private ResponseEntity<PenaltyFilingView> view(PenaltyFiling f) {
        return Responses.ok(f.getVersion(), PenaltyFilingView.of(f, workflows.view(f.getId(), f.allowedActions())));
    }
}
