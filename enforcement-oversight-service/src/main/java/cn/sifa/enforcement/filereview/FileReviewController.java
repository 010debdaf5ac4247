package cn.sifa.enforcement.filereview;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
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

import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.enforcement.filereview.FileReviewRequests.CloseRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.NotifyRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.PlanRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.RectifyRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.SampleRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.ScoreRequest;
import cn.sifa.enforcement.filereview.FileReviewViews.DeductionView;
import cn.sifa.enforcement.filereview.FileReviewViews.FileReviewView;
import cn.sifa.enforcement.filereview.FileReviewViews.PlanView;
import cn.sifa.enforcement.officer.Officers;
import cn.sifa.enforcement.support.Responses;
import cn.sifa.enforcement.support.Specs;
import cn.sifa.enforcement.support.Workflows;

@RestController
@RequestMapping("/api/enforcement/v1/file-reviews")
@Tag(name = "案卷评查", description = "计划、随机抽取、交叉评分、通报、整改、办结")
@ApiResponse(responseCode = "400", description = "参数不合法")
@ApiResponse(responseCode = "401", description = "未认证")
@ApiResponse(responseCode = "403", description = "缺少权限")
class FileReviewController {

    private final FileReviewService service;
    private final FileReviewPlans plans;
    private final FileReviews files;
    private final Officers officers;
    private final Workflows workflows;
    private final DivisionScope scope;

    FileReviewController(FileReviewService service, FileReviewPlans plans, FileReviews files, Officers officers, Workflows workflows,
                         DivisionScope scope) {
        this.service = service;
        this.plans = plans;
        this.files = files;
        this.officers = officers;
        this.workflows = workflows;
        this.scope = scope;
    }

    @GetMapping("/plans")
    @Operation(summary = "评查计划列表")
    @Transactional(readOnly = true)
    public PageView<PlanView> listPlans(@RequestParam(required = false) String divisionCode, @RequestParam(required = false) PlanStatus status,
                                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var spec = Specs.<FileReviewPlan>within(scope.narrowTo(divisionCode)).eq("status", status).build();
        return PageView.of(plans.findAll(spec, Paging.of(page, size, null, Map.of(),
                Sort.by(Sort.Order.desc("periodFrom"), Sort.Order.asc("id")))), p -> service.planView(p, false));
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "评查计划详情(评查项目、等次分布)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @Transactional(readOnly = true)
    public ResponseEntity<PlanView> getPlan(@PathVariable UUID id) {
        FileReviewPlan plan = plans.require(id);
        return Responses.ok(plan.getVersion(), service.planView(plan, true));
    }

    @PostMapping("/plans")
    @Operation(summary = "制定评查计划(抽取比例、随机种子、评查项目及扣分上限、等次分数线)")
    @ApiResponse(responseCode = "201", description = "已制定")
    @Transactional
    public ResponseEntity<PlanView> createPlan(@Valid @RequestBody PlanRequest request) {
        FileReviewPlan plan = service.createPlan(scope.divisionForCreate(request.divisionCode()), request);
        return Responses.created("/api/enforcement/v1/file-reviews/plans/" + plan.getId(), plan.getVersion(), service.planView(plan, true));
    }

    @PostMapping("/plans/{id}/sample")
    @Operation(summary = "按比例随机抽取各执法主体的案卷(种子固定,可复现)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "已抽取")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<PlanView> sample(@PathVariable UUID id, @Valid @RequestBody(required = false) SampleRequest request,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        FileReviewPlan plan = plans.require(id);
        Etags.checkIfMatch(ifMatch, plan.getVersion());
        service.sample(plan, request == null ? null : request.sampledOn());
        return Responses.ok(plan.getVersion(), service.planView(plan, true));
    }

    @GetMapping
    @Operation(summary = "评查案卷列表")
    @Transactional(readOnly = true)
    public PageView<FileReviewView> list(@RequestParam(required = false) String divisionCode, @RequestParam(required = false) UUID planId,
                                         @RequestParam(required = false) UUID agencyId, @RequestParam(required = false) FileReviewStatus status,
                                         @RequestParam(required = false) Grade grade,
                                         @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                         @RequestParam(required = false) List<String> sort) {
        var spec = Specs.<FileReview>within(scope.narrowTo(divisionCode)).eq("planId", planId).eq("agencyId", agencyId)
                .eq("status", status).eq("grade", grade).build();
        return PageView.of(files.findAll(spec, Paging.of(page, size, sort, Map.of("score", "score", "scoredOn", "scoredOn"),
                Sort.by("agencyId", "id"))), f -> service.view(f, false));
    }

    @GetMapping("/{id}")
    @Operation(summary = "评查案卷详情(扣分、期限、时间线)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @Transactional(readOnly = true)
    public ResponseEntity<FileReviewView> get(@PathVariable UUID id) {
        FileReview f = files.require(id);
        return Responses.ok(f.getVersion(), service.view(f, true));
    }

    @GetMapping("/{id}/scores")
    @Operation(summary = "案卷扣分明细")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @Transactional(readOnly = true)
    public List<DeductionView> scores(@PathVariable UUID id) {
        return service.deductions(files.require(id));
    }

    @PostMapping("/{id}/scores")
    @Operation(summary = "评分(逐项扣分,按计划分数线定等次;评查人员须来自其他执法主体)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<FileReviewView> score(@PathVariable UUID id, @Valid @RequestBody ScoreRequest request,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        FileReview f = files.require(id);
        Etags.checkIfMatch(ifMatch, f.getVersion());
        service.score(f, officers.require(request.reviewerId()), request.deductions(), request.scoredOn());
        return Responses.ok(f.getVersion(), service.view(f, true));
    }

    @PostMapping("/{id}/notify")
    @Operation(summary = "通报评查结果(有扣分或非优秀的进入整改,开启整改期限)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<FileReviewView> notifyResult(@PathVariable UUID id, @Valid @RequestBody(required = false) NotifyRequest request,
                                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        FileReview f = files.require(id);
        Etags.checkIfMatch(ifMatch, f.getVersion());
        FileReviewStatus from = f.getStatus();
        f.notifyResult(service.anythingDeducted(id), request == null ? null : request.notifiedOn());
        files.saveAndFlush(f);
        workflows.transition(FileReview.RECORD_TYPE, id, f.getDivisionCode(), "notify", from, f.getStatus(), f.getNotifiedOn(), null);
        if (f.getStatus() == FileReviewStatus.RECTIFICATION_DUE) {
            workflows.open(FileReview.RECORD_TYPE, id, f.getDivisionCode(), "案卷评查整改", FileReview.RECTIFICATION_RULE, f.getNotifiedOn());
        }
        return Responses.ok(f.getVersion(), service.view(f, true));
    }

    @PostMapping("/{id}/rectify")
    @Operation(summary = "报告整改")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<FileReviewView> rectify(@PathVariable UUID id, @Valid @RequestBody RectifyRequest request,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        FileReview f = files.require(id);
        Etags.checkIfMatch(ifMatch, f.getVersion());
        FileReviewStatus from = f.getStatus();
        f.rectify(request.note(), request.rectifiedOn());
        files.saveAndFlush(f);
        workflows.transition(FileReview.RECORD_TYPE, id, f.getDivisionCode(), "rectify", from, f.getStatus(), f.getRectifiedOn(), request.note());
        workflows.meet(id, FileReview.RECTIFICATION_RULE, f.getRectifiedOn());
        return Responses.ok(f.getVersion(), service.view(f, true));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "办结")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<FileReviewView> close(@PathVariable UUID id, @Valid @RequestBody(required = false) CloseRequest request,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        FileReview f = files.require(id);
        Etags.checkIfMatch(ifMatch, f.getVersion());
        FileReviewStatus from = f.getStatus();
        f.close(request == null ? null : request.closedOn());
        files.saveAndFlush(f);
        workflows.transition(FileReview.RECORD_TYPE, id, f.getDivisionCode(), "close", from, f.getStatus(), f.getClosedOn(), null);
        return Responses.ok(f.getVersion(), service.view(f, true));
    }
}
