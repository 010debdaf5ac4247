package cn.sifa.enforcement.legalreview;

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
import cn.sifa.enforcement.legalreview.MajorDecisionReviewRequests.OpinionRequest;
import cn.sifa.enforcement.legalreview.MajorDecisionReviewRequests.StartReviewRequest;
import cn.sifa.enforcement.legalreview.MajorDecisionReviewRequests.SubmitRequest;
import cn.sifa.enforcement.legalreview.MajorDecisionReviewService.ReviewFilter;

@RestController
@RequestMapping("/api/enforcement/v1/major-decision-reviews")
@Tag(name = "重大执法决定法制审核", description = "SUBMITTED → REVIEWING → LAWFUL | AMEND | UNLAWFUL")
@ApiErrors
class MajorDecisionReviewController {

    private static final String PATH = "/api/enforcement/v1/major-decision-reviews/";

    private final MajorDecisionReviewService reviews;

    MajorDecisionReviewController(MajorDecisionReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "法制审核列表(可导出)")
    public ResponseEntity<PageView<MajorDecisionReviewListItem>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) UUID agencyId,
            @RequestParam(required = false) MajorReviewStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Parameter(description = "案件名称或当事人包含") String q,
            @RequestParam(required = false) @Parameter(description = "true:只看已逾期的") Boolean overdue,
            @RequestParam(required = false) @Parameter(description = "true:只看3个工作日内到期的") Boolean dueSoon,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        ReviewFilter filter = new ReviewFilter(divisionCode, agencyId, status, from, to, q, overdue, dueSoon);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            reviews.export(filter, export, response);
            return null;
        }
        return reviews.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "法制审核详情(含期限与流程记录)")
    @ApiResponse(responseCode = "200", description = "法制审核")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<MajorDecisionReviewView> get(@PathVariable UUID id) {
        return Answers.ok(reviews.get(id));
    }

    @PostMapping
    @Operation(summary = "提交法制审核(开启审核期限)")
    @ApiResponse(responseCode = "201", description = "已提交")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    public ResponseEntity<MajorDecisionReviewView> submit(@Valid @RequestBody SubmitRequest request) {
        MajorDecisionReviewView created = reviews.submit(request);
        return Answers.created(PATH + created.id(), created);
    }

    @PostMapping("/{id}/start-review")
    @Operation(summary = "开始审核(审核人员须具有法律职业资格)")
    @StepResponses
    public ResponseEntity<MajorDecisionReviewView> startReview(@PathVariable UUID id, @Valid @RequestBody StartReviewRequest request,
                                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(reviews.startReview(id, ifMatch, request));
    }

    @PostMapping("/{id}/give-opinion")
    @Operation(summary = "出具审核意见(LAWFUL / AMEND / UNLAWFUL;审核期限履行)")
    @StepResponses
    public ResponseEntity<MajorDecisionReviewView> giveOpinion(@PathVariable UUID id, @Valid @RequestBody OpinionRequest request,
                                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(reviews.giveOpinion(id, ifMatch, request));
    }
}
