package cn.sifa.enforcement.normative;

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
import cn.sifa.core.error.ConflictException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.export.Exporter;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.normative.NormativeDocumentRequests.CorrectionRequest;
import cn.sifa.enforcement.normative.NormativeDocumentRequests.FileRequest;
import cn.sifa.enforcement.normative.NormativeDocumentRequests.ReviewRequest;
import cn.sifa.enforcement.support.Exports;
import cn.sifa.enforcement.support.Responses;
import cn.sifa.enforcement.support.Specs;
import cn.sifa.enforcement.support.WorkflowView;
import cn.sifa.enforcement.support.Workflows;

@RestController
@RequestMapping("/api/enforcement/v1/normative-documents")
@Tag(name = "规范性文件备案审查", description = "FILED → NO_ISSUE | CORRECTION_REQUIRED → CORRECTED_REPORTED")
@ApiResponse(responseCode = "400", description = "参数不合法")
@ApiResponse(responseCode = "401", description = "未认证")
@ApiResponse(responseCode = "403", description = "缺少权限")
class NormativeDocumentController {

    private static final String PATH = "/api/enforcement/v1/normative-documents/";
    private static final Map<String, String> SORTABLE = Map.of("filedOn", "filedOn", "publishedOn", "publishedOn");

    private final NormativeDocuments documents;
    private final Workflows workflows;
    private final DivisionScope scope;
    private final Exporter exporter;

    NormativeDocumentController(NormativeDocuments documents, Workflows workflows, DivisionScope scope, Exporter exporter) {
        this.documents = documents;
        this.workflows = workflows;
        this.scope = scope;
        this.exporter = exporter;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "规范性文件列表(可导出)")
    @Transactional(readOnly = true)
    public ResponseEntity<PageView<NormativeDocumentView>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) NormativeStatus status,
            @RequestParam(required = false) Boolean filedLate, @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) throws IOException {
        var spec = Specs.<NormativeDocument>within(scope.narrowTo(divisionCode)).eq("status", status).eq("filedLate", filedLate)
                .contains("title", q).between("filedOn", from, to).build();
        var export = Exports.requested(accept);
        if (export.isPresent()) {
            exporter.write(response, export.get(), "规范性文件备案", List.<ExportColumn<NormativeDocument>>of(
                    new ExportColumn<>("标题", NormativeDocument::getTitle), new ExportColumn<>("文号", NormativeDocument::getDocumentNo),
                    new ExportColumn<>("制定机关", NormativeDocument::getIssuingBody),
                    new ExportColumn<>("公布日期", NormativeDocument::getPublishedOn), new ExportColumn<>("备案日期", NormativeDocument::getFiledOn),
                    new ExportColumn<>("逾期备案", d -> d.isFiledLate() ? "是" : "否"), new ExportColumn<>("状态", d -> d.getStatus().label())),
                    documents.findAll(spec, Sort.by("filedOn")).stream());
            return null;
        }
        return ResponseEntity.ok(PageView.of(documents.findAll(spec, Paging.of(page, size, sort, SORTABLE,
                Sort.by(Sort.Order.desc("filedOn"), Sort.Order.asc("id")))), d -> NormativeDocumentView.of(d, WorkflowView.brief(d.allowedActions()))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "规范性文件详情")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @Transactional(readOnly = true)
    public ResponseEntity<NormativeDocumentView> get(@PathVariable UUID id) {
        return view(documents.require(id));
    }

    @PostMapping
    @Operation(summary = "备案(按公布日期计算备案期限,逾期则标记;开启审查期限)")
    @ApiResponse(responseCode = "201", description = "已备案")
    @ApiResponse(responseCode = "409", description = "文号重复")
    @Transactional
    public ResponseEntity<NormativeDocumentView> file(@Valid @RequestBody FileRequest request) {
        String division = scope.divisionForCreate(request.divisionCode());
        ValidationException.Collector errors = new ValidationException.Collector();
        StepDates.check(errors, "publishedOn", request.publishedOn(), null, null);
        LocalDate filedOn = request.filedOn() == null ? StepDates.today() : request.filedOn();
        StepDates.check(errors, "filedOn", filedOn, request.publishedOn(), "公布日期");
        errors.throwIfAny();
        if (documents.existsByDivisionCodeAndDocumentNo(division, request.documentNo().trim())) {
            throw new ConflictException("文号 " + request.documentNo() + " 已备案");
        }
        NormativeDocument doc = new NormativeDocument(division, request.title().trim(), request.documentNo().trim(),
                request.issuingBody().trim(), request.publishedOn(), filedOn);
        UUID id = doc.getId();
        DeadlineView due = workflows.open(NormativeDocument.RECORD_TYPE, id, division, doc.getTitle(), NormativeDocument.FILING_RULE,
                request.publishedOn());
        doc.markLate(due.dueDate());
        documents.saveAndFlush(doc);
        workflows.meet(id, NormativeDocument.FILING_RULE, filedOn);
        workflows.transition(NormativeDocument.RECORD_TYPE, id, division, "file", null, NormativeStatus.FILED, filedOn,
                doc.isFiledLate() ? "逾期备案(应于 " + due.dueDate() + " 前备案)" : null);
        workflows.open(NormativeDocument.RECORD_TYPE, id, division, doc.getTitle(), NormativeDocument.REVIEW_RULE, filedOn);
        return Responses.created(PATH + id, doc.getVersion(), NormativeDocumentView.of(doc, workflows.view(id, doc.allowedActions())));
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "备案审查(无问题 / 需纠正)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<NormativeDocumentView> review(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request,
                                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        NormativeDocument doc = documents.require(id);
        Etags.checkIfMatch(ifMatch, doc.getVersion());
        NormativeStatus from = doc.getStatus();
        doc.review(request.correctionRequired(), request.opinion(), request.reviewedOn());
        documents.saveAndFlush(doc);
        workflows.transition(NormativeDocument.RECORD_TYPE, id, doc.getDivisionCode(), "review", from, doc.getStatus(),
                doc.getReviewedOn(), request.opinion());
        workflows.meet(id, NormativeDocument.REVIEW_RULE, doc.getReviewedOn());
        if (doc.getStatus() == NormativeStatus.CORRECTION_REQUIRED) {
            workflows.open(NormativeDocument.RECORD_TYPE, id, doc.getDivisionCode(), doc.getTitle(),
                    NormativeDocument.CORRECTION_RULE, doc.getReviewedOn());
        }
        return view(doc);
    }

    @PostMapping("/{id}/report-correction")
    @Operation(summary = "报告纠正情况")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<NormativeDocumentView> reportCorrection(@PathVariable UUID id, @Valid @RequestBody CorrectionRequest request,
                                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        NormativeDocument doc = documents.require(id);
        Etags.checkIfMatch(ifMatch, doc.getVersion());
        NormativeStatus from = doc.getStatus();
        doc.reportCorrection(request.note(), request.correctedOn());
        documents.saveAndFlush(doc);
        workflows.transition(NormativeDocument.RECORD_TYPE, id, doc.getDivisionCode(), "report-correction", from, doc.getStatus(),
                doc.getCorrectedOn(), request.note());
        workflows.meet(id, NormativeDocument.CORRECTION_RULE, doc.getCorrectedOn());
        return view(doc);
    }

    private ResponseEntity<NormativeDocumentView> view(NormativeDocument d) {
        return Responses.ok(d.getVersion(), NormativeDocumentView.of(d, workflows.view(d.getId(), d.allowedActions())));
    }
}
