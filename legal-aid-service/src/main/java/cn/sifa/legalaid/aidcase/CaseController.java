package cn.sifa.legalaid.aidcase;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Listing;
import cn.sifa.core.web.Answers;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.StepResponses;
import cn.sifa.legalaid.aidcase.CaseRequests.AssignRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.CloseRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.FollowUpRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.InformNotifierRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.NotificationRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.QualityReviewRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.ServiceRecordRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.TerminateRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.TerminationObjectionDecisionRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.TerminationObjectionRequest;
import cn.sifa.legalaid.aidcase.CaseService.CaseFilter;

@RestController
@Tag(name = "法律援助案件", description = "AWAITING_ASSIGNMENT → ASSIGNED → IN_SERVICE → CLOSED | TERMINATED;通知辩护/代理")
@ApiErrors
class CaseController {

    private static final String CASES = "/api/legal-aid/v1/cases";

    private final CaseService cases;

    CaseController(CaseService cases) {
        this.cases = cases;
    }

    @GetMapping(value = CASES, produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "法律援助案件列表(mine=true 为我的;可导出)")
    public ResponseEntity<PageView<CaseListItem>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) CaseSource source, @RequestParam(required = false) AidCategory category,
            @RequestParam(required = false) NotificationGround notificationGround, @RequestParam(required = false) UUID providerId,
            @RequestParam(required = false) @Parameter(description = "true:只看我承办的") Boolean mine,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @Parameter(description = "true:只看已逾期的") Boolean overdue,
            @RequestParam(required = false) @Parameter(description = "true:只看3个工作日内到期的") Boolean dueSoon,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        CaseFilter filter = new CaseFilter(divisionCode, status, source, category, notificationGround, providerId, mine, from, to,
                q, overdue, dueSoon);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            cases.export(filter, export, response);
            return null;
        }
        return cases.list(filter, page, size, sort).toResponse();
    }

    @GetMapping(CASES + "/{id}")
    @Operation(summary = "法律援助案件详情(含期限与时间线)")
    @ApiResponse(responseCode = "200", description = "案件")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<CaseView> get(@PathVariable UUID id) {
        return Answers.ok(cases.get(id));
    }

    @GetMapping(CASES + "/{id}/conflict-check")
    @Operation(summary = "利益冲突审查:对方当事人是否为拟指派人员(或同所人员)的受援人、调解案件当事人,受援人是否为其承办案件的对方当事人")
    @ApiResponse(responseCode = "200", description = "审查结果(findings 为空表示未发现)")
    @ApiResponse(responseCode = "404", description = "案件或人员不存在或不在管辖范围内")
    public ResponseEntity<ConflictCheckView> conflictCheck(@PathVariable UUID id,
            // checked by the service after the case: a case out of the caller's division is 404 before anything else
            @Parameter(required = true, description = "拟指派的法律援助人员") @RequestParam(required = false) UUID providerId) {
        return ResponseEntity.ok(cases.conflictCheck(id, providerId));
    }

    @PostMapping("/api/legal-aid/v1/notifications")
    @Operation(summary = "收到通知辩护/代理公函(开启3日指派期限,第三十六条)")
    @ApiResponse(responseCode = "201", description = "已立案,待指派")
    public ResponseEntity<CaseView> notification(@Valid @RequestBody NotificationRequest request) {
        CaseView created = cases.receiveNotification(request);
        return Answers.created(CASES + "/" + created.id(), created);
    }

    @PostMapping(CASES + "/{id}/assign")
    @Operation(summary = "指派法律援助人员(先行利益冲突审查,有线索须 conflictCheck.confirmed=true;履行指派期限;可能判处无期徒刑、死刑的案件须三年以上刑事执业经历的律师)")
    @StepResponses
    public ResponseEntity<CaseView> assign(@PathVariable UUID id, @Valid @RequestBody AssignRequest request,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(cases.assign(id, ifMatch, request));
    }

    @PostMapping(CASES + "/{id}/inform-notifier")
    @Operation(summary = "告知通知机关指派情况(通知辩护/代理案件)")
    @StepResponses
    public ResponseEntity<CaseView> informNotifier(@PathVariable UUID id, @Valid @RequestBody InformNotifierRequest request,
                                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(cases.informNotifier(id, ifMatch, request));
    }

    @PostMapping(CASES + "/{id}/service-records")
    @Operation(summary = "登记承办服务记录")
    @StepResponses
    public ResponseEntity<CaseView> serviceRecord(@PathVariable UUID id, @Valid @RequestBody ServiceRecordRequest request,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(cases.recordService(id, ifMatch, request));
    }

    @PostMapping(CASES + "/{id}/terminate")
    @Operation(summary = "终止法律援助(第四十八条)")
    @StepResponses
    public ResponseEntity<CaseView> terminate(@PathVariable UUID id, @Valid @RequestBody TerminateRequest request,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(cases.terminate(id, ifMatch, request));
    }

    @PostMapping(CASES + "/{id}/objection")
    @Operation(summary = "对终止法律援助决定提出异议(司法行政部门5日内审查,第四十九条)")
    @StepResponses
    public ResponseEntity<CaseView> objection(@PathVariable UUID id, @Valid @RequestBody TerminationObjectionRequest request,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(cases.objectToTermination(id, ifMatch, request));
    }

    @PostMapping(CASES + "/{id}/objection-decision")
    @Operation(summary = "终止异议审查决定(维持 / 责令改正:恢复法律援助)")
    @StepResponses
    public ResponseEntity<CaseView> objectionDecision(@PathVariable UUID id, @Valid @RequestBody TerminationObjectionDecisionRequest request,
                                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(cases.decideTerminationObjection(id, ifMatch, request));
    }

    @PostMapping(CASES + "/{id}/close")
    @Operation(summary = "结案(第五十条:结案报告及材料;按本省补贴标准计算办案补贴,第五十二条)")
    @StepResponses
    public ResponseEntity<CaseView> close(@PathVariable UUID id, @Valid @RequestBody CloseRequest request,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(cases.close(id, ifMatch, request));
    }

    @PostMapping(CASES + "/{id}/quality-review")
    @Operation(summary = "案卷质量评查(结案后,得分0–100)")
    @StepResponses
    public ResponseEntity<CaseView> qualityReview(@PathVariable UUID id, @Valid @RequestBody QualityReviewRequest request,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(cases.reviewQuality(id, ifMatch, request));
    }

    @PostMapping(CASES + "/{id}/follow-up")
    @Operation(summary = "回访受援人(结案后,满意度)")
    @StepResponses
    public ResponseEntity<CaseView> followUp(@PathVariable UUID id, @Valid @RequestBody FollowUpRequest request,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(cases.followUp(id, ifMatch, request));
    }
}
