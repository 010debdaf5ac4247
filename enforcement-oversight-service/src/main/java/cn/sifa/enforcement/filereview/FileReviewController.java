package cn.sifa.enforcement.filereview;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.web.Answers;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.StepResponses;
import cn.sifa.enforcement.filereview.FileReviewRequests.CloseRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.NotifyRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.PlanRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.RectifyRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.SampleRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.ScoreRequest;
import cn.sifa.enforcement.filereview.FileReviewService.FileFilter;
import cn.sifa.enforcement.filereview.FileReviewViews.DeductionView;
import cn.sifa.enforcement.filereview.FileReviewViews.FileReviewView;
import cn.sifa.enforcement.filereview.FileReviewViews.PlanView;

@RestController
@RequestMapping("/api/enforcement/v1/file-reviews")
@Tag(name = "案卷评查", description = "计划、随机抽取、交叉评分、通报、整改、办结")
@ApiErrors
class FileReviewController {

    private static final String PLANS = "/api/enforcement/v1/file-reviews/plans/";

    private final FileReviewService reviews;

    FileReviewController(FileReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/plans")
    @Operation(summary = "评查计划列表")
    public ResponseEntity<PageView<PlanView>> listPlans(@RequestParam(required = false) String divisionCode,
                                                        @RequestParam(required = false) PlanStatus status,
                                                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return reviews.listPlans(divisionCode, status, page, size).toResponse();
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "评查计划详情(评查项目、等次分布、流程记录)")
    @ApiResponse(responseCode = "200", description = "评查计划")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<PlanView> getPlan(@PathVariable UUID id) {
        return Answers.ok(reviews.getPlan(id));
    }

    @PostMapping("/plans")
    @Operation(summary = "制定评查计划(抽取比例、随机种子、评查项目及扣分上限、等次分数线)")
    @ApiResponse(responseCode = "201", description = "已制定")
    public ResponseEntity<PlanView> createPlan(@Valid @RequestBody PlanRequest request) {
        PlanView created = reviews.createPlan(request);
        return Answers.created(PLANS + created.id(), created);
    }

    @PostMapping("/plans/{id}/sample")
    @Operation(summary = "按比例随机抽取各执法主体的案卷(种子固定,可复现;只抽取一次)")
    @StepResponses
    public ResponseEntity<PlanView> sample(@PathVariable UUID id, @Valid @RequestBody(required = false) SampleRequest request,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(reviews.sample(id, ifMatch, request));
    }

    @GetMapping
    @Operation(summary = "评查案卷列表")
    public ResponseEntity<PageView<FileReviewView>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) UUID planId,
            @RequestParam(required = false) UUID agencyId, @RequestParam(required = false) FileReviewStatus status,
            @RequestParam(required = false) Grade grade,
            @RequestParam(required = false) @Parameter(description = "true:只看整改已逾期的") Boolean overdue,
            @RequestParam(required = false) @Parameter(description = "true:只看3个工作日内到期的") Boolean dueSoon,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort) {
        return reviews.listFiles(new FileFilter(divisionCode, planId, agencyId, status, grade, overdue, dueSoon), page, size, sort)
                .toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "评查案卷详情(扣分、期限、时间线)")
    @ApiResponse(responseCode = "200", description = "评查案卷")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<FileReviewView> get(@PathVariable UUID id) {
        return Answers.ok(reviews.getFile(id));
    }

    @GetMapping("/{id}/scores")
    @Operation(summary = "案卷扣分明细")
    @ApiResponse(responseCode = "200", description = "扣分项")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public List<DeductionView> scores(@PathVariable UUID id) {
        return reviews.scores(id);
    }

    @PostMapping("/{id}/scores")
    @Operation(summary = "评分(逐项扣分,按计划分数线定等次;评查人员须来自其他执法主体)")
    @StepResponses
    public ResponseEntity<FileReviewView> score(@PathVariable UUID id, @Valid @RequestBody ScoreRequest request,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(reviews.score(id, ifMatch, request));
    }

    @PostMapping("/{id}/notify")
    @Operation(summary = "通报评查结果(有扣分或非优秀的进入整改,开启整改期限)")
    @StepResponses
    public ResponseEntity<FileReviewView> notifyResult(@PathVariable UUID id, @Valid @RequestBody(required = false) NotifyRequest request,
                                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(reviews.notifyResult(id, ifMatch, request));
    }

    @PostMapping("/{id}/rectify")
    @Operation(summary = "报告整改(整改期限履行)")
    @StepResponses
    public ResponseEntity<FileReviewView> rectify(@PathVariable UUID id, @Valid @RequestBody RectifyRequest request,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(reviews.rectify(id, ifMatch, request));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "办结")
    @StepResponses
    public ResponseEntity<FileReviewView> close(@PathVariable UUID id, @Valid @RequestBody(required = false) CloseRequest request,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(reviews.close(id, ifMatch, request));
    }
}
