package cn.sifa.enforcement.legality;

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

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.export.Exporter;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.legality.LegalityReviewRequests.AdoptionRequest;
import cn.sifa.enforcement.legality.LegalityReviewRequests.OpinionRequest;
import cn.sifa.enforcement.legality.LegalityReviewRequests.ReceiveRequest;
import cn.sifa.enforcement.support.Exports;
import cn.sifa.enforcement.support.Responses;
import cn.sifa.enforcement.support.Specs;
import cn.sifa.enforcement.support.WorkflowView;
import cn.sifa.enforcement.support.Workflows;

@RestController
@RequestMapping("/api/enforcement/v1/legality-reviews")
@Tag(name = "合法性审查", description = "重大行政决策、政府合同、常务会议议题:RECEIVED → OPINION_GIVEN → CLOSED")
@ApiResponse(responseCode = "400", description = "参数不合法")
@ApiResponse(responseCode = "401", description = "未认证")
@ApiResponse(responseCode = "403", description = "缺少权限")
class LegalityReviewController {

    private static final String PATH = "/api/enforcement/v1/legality-reviews/";
    private static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "amount", "amount");

    private final LegalityReviews reviews;
    private final Workflows workflows;
    private final DivisionScope scope;
    private final Exporter exporter;

    LegalityReviewController(LegalityReviews reviews, Workflows workflows, DivisionScope scope, Exporter exporter) {
        this.reviews = reviews;
        this.workflows = workflows;
        this.scope = scope;
        this.exporter = exporter;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "合法性审查列表(可导出)")
    @Transactional(readOnly = true)
    public ResponseEntity<PageView<LegalityReviewView>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) LegalitySubjectType subjectType,
            @RequestParam(required = false) LegalityStatus status, @RequestParam(required = false) Boolean adopted,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) throws IOException {
        var spec = Specs.<LegalityReview>within(scope.narrowTo(divisionCode)).eq("subjectType", subjectType).eq("status", status)
                .eq("adopted", adopted).contains("title", q).between("receivedOn", from, to).build();
        var export = Exports.requested(accept);
        if (export.isPresent()) {
            exporter.write(response, export.get(), "合法性审查", List.<ExportColumn<LegalityReview>>of(
                    new ExportColumn<>("事项类型", r -> r.getSubjectType().label()), new ExportColumn<>("事项名称", LegalityReview::getTitle),
                    new ExportColumn<>("送审单位", LegalityReview::getRequestingUnit), new ExportColumn<>("金额(元)", LegalityReview::getAmount),
                    new ExportColumn<>("受理日期", LegalityReview::getReceivedOn),
                    new ExportColumn<>("审查意见", r -> r.getOpinion() == null ? "" : r.getOpinion().label()),
                    new ExportColumn<>("是否采纳", r -> r.getAdopted() == null ? "" : r.getAdopted() ? "是" : "否")),
                    reviews.findAll(spec, Sort.by("receivedOn")).stream());
            return null;
        }
        return ResponseEntity.ok(PageView.of(reviews.findAll(spec, Paging.of(page, size, sort, SORTABLE,
                Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.asc("id")))), r -> LegalityReviewView.of(r, WorkflowView.brief(r.allowedActions()))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "合法性审查详情")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @Transactional(readOnly = true)
    public ResponseEntity<LegalityReviewView> get(@PathVariable UUID id) {
        return view(reviews.require(id));
    }

    @PostMapping
    @Operation(summary = "受理合法性审查(开启审查期限)")
    @ApiResponse(responseCode = "201", description = "已受理")
    @Transactional
    public ResponseEntity<LegalityReviewView> receive(@Valid @RequestBody ReceiveRequest request) {
        String division = scope.divisionForCreate(request.divisionCode());
        ValidationException.Collector errors = new ValidationException.Collector();
        if (request.subjectType() == LegalitySubjectType.CONTRACT && request.amount() == null) {
            errors.add("amount", "required", "政府合同须填写合同金额");
        }
        if (request.subjectType() == LegalitySubjectType.MEETING_AGENDA && request.meetingOn() == null) {
            errors.add("meetingOn", "required", "常务会议议题须填写会议日期");
        }
        LocalDate on = request.receivedOn() == null ? StepDates.today() : request.receivedOn();
        StepDates.check(errors, "receivedOn", on, null, null);
        errors.throwIfAny();
        LegalityReview review = reviews.saveAndFlush(new LegalityReview(division, request.subjectType(), request.title().trim(),
                request.requestingUnit().trim(), request.amount(), request.meetingOn(), on));
        UUID id = review.getId();
        workflows.transition(LegalityReview.RECORD_TYPE, id, division, "receive", null, LegalityStatus.RECEIVED, on, null);
        workflows.open(LegalityReview.RECORD_TYPE, id, division, review.getTitle(), LegalityReview.DEADLINE_RULE, on);
        return Responses.created(PATH + id, review.getVersion(), LegalityReviewView.of(review, workflows.view(id, review.allowedActions())));
    }

    @PostMapping("/{id}/give-opinion")
    @Operation(summary = "出具审查意见")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<LegalityReviewView> giveOpinion(@PathVariable UUID id, @Valid @RequestBody OpinionRequest request,
                                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        LegalityReview review = reviews.require(id);
        Etags.checkIfMatch(ifMatch, review.getVersion());
        LegalityStatus from = review.getStatus();
        review.giveOpinion(request.opinion(), request.opinionText(), request.opinionOn());
        reviews.saveAndFlush(review);
        workflows.transition(LegalityReview.RECORD_TYPE, id, review.getDivisionCode(), "give-opinion", from, review.getStatus(),
                review.getOpinionOn(), request.opinionText());
        workflows.meet(id, LegalityReview.DEADLINE_RULE, review.getOpinionOn());
        return view(review);
    }

    @PostMapping("/{id}/record-adoption")
    @Operation(summary = "登记意见是否被采纳")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<LegalityReviewView> recordAdoption(@PathVariable UUID id, @Valid @RequestBody AdoptionRequest request,
                                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        LegalityReview review = reviews.require(id);
        Etags.checkIfMatch(ifMatch, review.getVersion());
        LegalityStatus from = review.getStatus();
        review.recordAdoption(request.adopted(), request.recordedOn());
        reviews.saveAndFlush(review);
        workflows.transition(LegalityReview.RECORD_TYPE, id, review.getDivisionCode(), "record-adoption", from, review.getStatus(),
                review.getAdoptionOn(), request.adopted() ? "意见已采纳" : "意见未采纳");
        return view(review);
    }

    private ResponseEntity<LegalityReviewView> view(LegalityReview r) {
        return Responses.ok(r.getVersion(), LegalityReviewView.of(r, workflows.view(r.getId(), r.allowedActions())));
    }
}
