package cn.sifa.enforcement.legality;

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
import cn.sifa.core.web.Answers;
import cn.sifa.enforcement.legality.LegalityReviewRequests.AdoptionRequest;
import cn.sifa.enforcement.legality.LegalityReviewRequests.OpinionRequest;
import cn.sifa.enforcement.legality.LegalityReviewRequests.ReceiveRequest;
import cn.sifa.enforcement.legality.LegalityReviewService.LegalityFilter;

@RestController
@RequestMapping("/api/enforcement/v1/legality-reviews")
@Tag(name = "合法性审查", description = "重大行政决策、政府合同、常务会议议题:RECEIVED → OPINION_GIVEN → CLOSED")
@ApiErrors
class LegalityReviewController {

    private static final String PATH = "/api/enforcement/v1/legality-reviews/";

    private final LegalityReviewService reviews;

    LegalityReviewController(LegalityReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "合法性审查列表(可导出)")
    public ResponseEntity<PageView<LegalityReviewView>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) LegalitySubjectType subjectType,
            @RequestParam(required = false) LegalityStatus status, @RequestParam(required = false) Boolean adopted,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @Parameter(description = "true:只看已逾期的") Boolean overdue,
            @RequestParam(required = false) @Parameter(description = "true:只看3个工作日内到期的") Boolean dueSoon,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        LegalityFilter filter = new LegalityFilter(divisionCode, subjectType, status, adopted, from, to, q, overdue, dueSoon);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            reviews.export(filter, export, response);
            return null;
        }
        return reviews.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "合法性审查详情")
    @ApiResponse(responseCode = "200", description = "合法性审查")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<LegalityReviewView> get(@PathVariable UUID id) {
        return Answers.ok(reviews.get(id));
    }

    @PostMapping
    @Operation(summary = "受理合法性审查(开启审查期限)")
    @ApiResponse(responseCode = "201", description = "已受理")
    public ResponseEntity<LegalityReviewView> receive(@Valid @RequestBody ReceiveRequest request) {
        LegalityReviewView created = reviews.receive(request);
        return Answers.created(PATH + created.id(), created);
    }

    @PostMapping("/{id}/give-opinion")
    @Operation(summary = "出具审查意见")
    @StepResponses
    public ResponseEntity<LegalityReviewView> giveOpinion(@PathVariable UUID id, @Valid @RequestBody OpinionRequest request,
                                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(reviews.giveOpinion(id, ifMatch, request));
    }

    @PostMapping("/{id}/record-adoption")
    @Operation(summary = "登记意见是否被采纳")
    @StepResponses
    public ResponseEntity<LegalityReviewView> recordAdoption(@PathVariable UUID id, @Valid @RequestBody AdoptionRequest request,
                                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(reviews.recordAdoption(id, ifMatch, request));
    }
}
