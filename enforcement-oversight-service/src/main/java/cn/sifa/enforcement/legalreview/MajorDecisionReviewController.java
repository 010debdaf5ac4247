package cn.sifa.enforcement.legalreview;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.agency.Agencies;
import cn.sifa.enforcement.agency.Agency;
import cn.sifa.enforcement.legalreview.MajorDecisionReviewRequests.OpinionRequest;
import cn.sifa.enforcement.legalreview.MajorDecisionReviewRequests.StartReviewRequest;
import cn.sifa.enforcement.legalreview.MajorDecisionReviewRequests.SubmitRequest;
import cn.sifa.enforcement.officer.Officers;
import cn.sifa.enforcement.support.Exports;
import cn.sifa.enforcement.support.WorkflowView;
import cn.sifa.enforcement.support.Workflows;

@RestController
@RequestMapping("/api/enforcement/v1/major-decision-reviews")
@Tag(name = "重大执法决定法制审核", description = "SUBMITTED → REVIEWING → LAWFUL | AMEND | UNLAWFUL")
@ApiResponse(responseCode = "400", description = "参数不合法")
@ApiResponse(responseCode = "401", description = "未认证")
@ApiResponse(responseCode = "403", description = "缺少权限")
class MajorDecisionReviewController {

    private static final String PATH = "/api/enforcement/v1/major-decision-reviews/";
    private static final Map<String, String> SORTABLE = Map.of("submittedOn", "submittedOn", "status", "status");

    private final MajorDecisionReviews reviews;
    private final Agencies agencies;
    private final Officers officers;
    private final Workflows workflows;
    private final DivisionScope scope;
    private final Exporter exporter;

    MajorDecisionReviewController(MajorDecisionReviews reviews, Agencies agencies, Officers officers, Workflows workflows,
                                  DivisionScope scope, Exporter exporter) {
        this.reviews = reviews;
        this.agencies = agencies;
        this.officers = officers;
        this.workflows = workflows;
        this.scope = scope;
        this.exporter = exporter;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "法制审核列表(可导出)")
    @Transactional(readOnly = true)
    public ResponseEntity<PageView<MajorDecisionReviewView>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) UUID agencyId,
            @RequestParam(required = false) MajorReviewStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) throws IOException {
        String prefix = scope.narrowTo(divisionCode);
        Specification<MajorDecisionReview> spec = (root, q, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.like(root.get("divisionCode"), prefix + "%"));
            if (agencyId != null) {
                where.add(cb.equal(root.get("agencyId"), agencyId));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("submittedOn"), from));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(root.get("submittedOn"), to));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        var export = Exports.requested(accept);
        if (export.isPresent()) {
            exporter.write(response, export.get(), "重大执法决定法制审核", List.<ExportColumn<MajorDecisionReview>>of(
                    new ExportColumn<>("案件名称", MajorDecisionReview::getCaseTitle),
                    new ExportColumn<>("当事人", MajorDecisionReview::getPartyName),
                    new ExportColumn<>("审核情形", r -> r.getReason().label()),
                    new ExportColumn<>("提交日期", MajorDecisionReview::getSubmittedOn),
                    new ExportColumn<>("状态", r -> r.getStatus().label()),
                    new ExportColumn<>("意见日期", MajorDecisionReview::getOpinionOn)),
                    reviews.findAll(spec, Sort.by("submittedOn")).stream());
            return null;
        }
        return ResponseEntity.ok(PageView.of(reviews.findAll(spec, Paging.of(page, size, sort, SORTABLE,
                Sort.by(Sort.Order.desc("submittedOn"), Sort.Order.asc("id")))),
                r -> MajorDecisionReviewView.of(r, WorkflowView.brief(r.allowedActions()))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "法制审核详情(含期限与流程记录)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @Transactional(readOnly = true)
    public ResponseEntity<MajorDecisionReviewView> get(@PathVariable UUID id) {
        return view(reviews.require(id));
    }

    @PostMapping
    @Operation(summary = "提交法制审核(开启审核期限)")
    @ApiResponse(responseCode = "201", description = "已提交")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    @Transactional
    public ResponseEntity<MajorDecisionReviewView> submit(@Valid @RequestBody SubmitRequest request) {
        Agency agency = agencies.require(request.agencyId());
        LocalDate on = StepDates.of("submittedOn", request.submittedOn(), null, null);
        MajorDecisionReview review = reviews.saveAndFlush(new MajorDecisionReview(agency.getDivisionCode(), agency.getId(),
                request.caseTitle().trim(), request.partyName().trim(), request.actionRef(), request.reason(), on));
        workflows.transition(MajorDecisionReview.RECORD_TYPE, review.getId(), review.getDivisionCode(), "submit", null,
                MajorReviewStatus.SUBMITTED, on, null);
        workflows.open(MajorDecisionReview.RECORD_TYPE, review.getId(), review.getDivisionCode(), review.getCaseTitle(),
                MajorDecisionReview.DEADLINE_RULE, on);
        return ResponseEntity.created(URI.create(PATH + review.getId())).eTag(Etags.of(review.getVersion()))
                .body(MajorDecisionReviewView.of(review, workflows.view(review.getId(), review.allowedActions())));
    }

    @PostMapping("/{id}/start-review")
    @Operation(summary = "开始审核(审核人员须具有法律职业资格)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<MajorDecisionReviewView> startReview(@PathVariable UUID id, @Valid @RequestBody StartReviewRequest request,
                                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        MajorDecisionReview review = reviews.require(id);
        Etags.checkIfMatch(ifMatch, review.getVersion());
        MajorReviewStatus from = review.getStatus();
        review.startReview(officers.require(request.reviewerId()), request.startedOn());
        reviews.saveAndFlush(review);
        workflows.transition(MajorDecisionReview.RECORD_TYPE, id, review.getDivisionCode(), "start-review", from,
                review.getStatus(), review.getReviewStartedOn(), request.comment());
        return view(review);
    }

    @PostMapping("/{id}/give-opinion")
    @Operation(summary = "出具审核意见(LAWFUL / AMEND / UNLAWFUL)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<MajorDecisionReviewView> giveOpinion(@PathVariable UUID id, @Valid @RequestBody OpinionRequest request,
                                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        MajorDecisionReview review = reviews.require(id);
        Etags.checkIfMatch(ifMatch, review.getVersion());
        MajorReviewStatus from = review.getStatus();
        review.giveOpinion(request.opinion(), request.opinionText(), request.opinionOn());
        reviews.saveAndFlush(review);
        workflows.transition(MajorDecisionReview.RECORD_TYPE, id, review.getDivisionCode(), "give-opinion", from,
                review.getStatus(), review.getOpinionOn(), request.opinionText());
        workflows.meet(id, MajorDecisionReview.DEADLINE_RULE, review.getOpinionOn());
        return view(review);
    }

    private ResponseEntity<MajorDecisionReviewView> view(MajorDecisionReview review) {
        return ResponseEntity.ok().eTag(Etags.of(review.getVersion()))
                .body(MajorDecisionReviewView.of(review, workflows.view(review.getId(), review.allowedActions())));
    }
}
