package cn.sifa.review.reconsideration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Listing;
import cn.sifa.core.web.Answers;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.StepResponses;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ApplicationRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.FollowUpRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.AdviceLetterRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ConversionRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.AbandonmentRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.AcceptanceRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ConsultationRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.CopySentRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.CorrectionRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.DecisionRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ExtensionRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.FinalityRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.HearingRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.MediationRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ReplyRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ResumptionRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ServiceRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.SuspensionRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.WithdrawalRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ClassificationRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeNoticeRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeReplyRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeResultRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeReviewRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeStartRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeTransferRequest;
import cn.sifa.review.reconsideration.ReconsiderationService.ReconsiderationFilter;

@RestController
@RequestMapping("/api/review/v1/reconsiderations")
@Tag(name = "行政复议", description = "RECEIVED → ACCEPTED → COPY_SENT → UNDER_REVIEW → DECIDED → SERVED → FINAL | LITIGATED")
@ApiErrors
class ReconsiderationController {

    private static final String PATH = "/api/review/v1/reconsiderations/";

    private final ReconsiderationService service;

    ReconsiderationController(ReconsiderationService service) {
        this.service = service;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "行政复议案件列表(mine=true 为我的;overdue、dueSoon;可导出)")
    public ResponseEntity<PageView<ReconsiderationListItem>> list(
            @RequestParam(required = false) String divisionCode,
            @RequestParam(required = false) List<ReconsiderationStatus> status,
            @RequestParam(required = false) ActCategory actCategory,
            @RequestParam(required = false) ReconsiderationOutcome outcome,
            @RequestParam(required = false) @Parameter(description = "true:只看可能超过申请期限的") Boolean late,
            @RequestParam(required = false) @Parameter(description = "true:只看我承办的") Boolean mine,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Parameter(description = "申请人、被申请人、行政行为") String q,
            @RequestParam(required = false) @Parameter(description = "true:只看已逾期的") Boolean overdue,
            @RequestParam(required = false) @Parameter(description = "true:只看3个工作日内到期的") Boolean dueSoon,
            @RequestParam(required = false) @Parameter(description = "true:只看重大、疑难、复杂案件(第50、52条)") Boolean majorComplex,
            @RequestParam(required = false) @Parameter(description = "true:只看规范性文件附带审查进行中的") Boolean normativeReviewPending,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        ReconsiderationFilter filter = new ReconsiderationFilter(divisionCode, status, actCategory, outcome, late, mine,
                from, to, q, overdue, dueSoon, majorComplex, normativeReviewPending);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            service.export(filter, export, response);
            return null;
        }
        return service.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "行政复议案件详情(含期限与时间线)")
    @ApiResponse(responseCode = "200", description = "行政复议案件")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<ReconsiderationView> get(@PathVariable UUID id) {
        return Answers.ok(service.get(id));
    }

    @PostMapping
    @Operation(summary = "收到行政复议申请(开启5个工作日受理审查期限;检查申请期限)")
    @ApiResponse(responseCode = "201", description = "已收到")
    public ResponseEntity<ReconsiderationView> receive(@Valid @RequestBody ApplicationRequest request) {
        ReconsiderationView created = service.receive(request);
        return Answers.created(PATH + created.id(), created);
    }

    @PostMapping("/{id}/acceptance")
    @Operation(summary = "受理审查:受理(定程序)、不予受理或通知补正(第30、31、53条)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> acceptance(@PathVariable UUID id, @Valid @RequestBody AcceptanceRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.acceptance(id, ifMatch, request));
    }

    @PostMapping("/{id}/corrections")
    @Operation(summary = "补正材料收到,重新审查(第31条)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> corrections(@PathVariable UUID id, @Valid @RequestBody CorrectionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.corrections(id, ifMatch, request));
    }

    @PostMapping("/{id}/abandonment")
    @Operation(summary = "补正期限届满未补正,视为放弃(第31条)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> abandonment(@PathVariable UUID id, @Valid @RequestBody AbandonmentRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.abandonment(id, ifMatch, request));
    }

    @PostMapping("/{id}/copy-sent")
    @Operation(summary = "发送申请书副本(第48、54条;开启答复期限)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> copySent(@PathVariable UUID id, @Valid @RequestBody CopySentRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.copySent(id, ifMatch, request));
    }

    @PostMapping("/{id}/respondent-reply")
    @Operation(summary = "被申请人答复或未答复(第48、70条)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> respondentReply(@PathVariable UUID id, @Valid @RequestBody ReplyRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.respondentReply(id, ifMatch, request));
    }

    @PostMapping("/{id}/hearings")
    @Operation(summary = "听证(第50、51条:通知不少于5个工作日)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> hearing(@PathVariable UUID id, @Valid @RequestBody HearingRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.hearing(id, ifMatch, request));
    }

    @PostMapping("/{id}/committee-consultations")
    @Operation(summary = "行政复议委员会咨询意见(第52条)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> committeeConsultation(@PathVariable UUID id, @Valid @RequestBody ConsultationRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.committeeConsultation(id, ifMatch, request));
    }

    @PostMapping("/{id}/extension")
    @Operation(summary = "延期审理(第62条:负责人批准,不超过30日,一次)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> extension(@PathVariable UUID id, @Valid @RequestBody ExtensionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.extension(id, ifMatch, request));
    }

    @PostMapping("/{id}/suspension")
    @Operation(summary = "中止(第39条;审理期限停止计算)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> suspension(@PathVariable UUID id, @Valid @RequestBody SuspensionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.suspension(id, ifMatch, request));
    }

    @PostMapping("/{id}/resumption")
    @Operation(summary = "恢复审理(审理期限顺延中止天数)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> resumption(@PathVariable UUID id, @Valid @RequestBody ResumptionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.resumption(id, ifMatch, request));
    }

    @PostMapping("/{id}/mediation")
    @Operation(summary = "调解结果(第73条)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> mediation(@PathVariable UUID id, @Valid @RequestBody MediationRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.mediation(id, ifMatch, request));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "复议决定或终止(第61-72条、第41条)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> decision(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.decision(id, ifMatch, request));
    }

    @PostMapping("/{id}/service")
    @Operation(summary = "送达复议决定书(第75条;开启15日起诉期)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> service(@PathVariable UUID id, @Valid @RequestBody ServiceRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.service(id, ifMatch, request));
    }

    @PostMapping("/{id}/finality")
    @Operation(summary = "起诉期届满未起诉,决定确定")
    @StepResponses
    public ResponseEntity<ReconsiderationView> finality(@PathVariable UUID id, @Valid @RequestBody FinalityRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.finality(id, ifMatch, request));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "撤回申请(第74条和解)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> withdrawal(@PathVariable UUID id, @Valid @RequestBody WithdrawalRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.withdrawal(id, ifMatch, request));
    }

    @PostMapping("/{id}/conversion")
    @Operation(summary = "简易程序转为普通程序(第55条:复议机构负责人批准)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> conversion(@PathVariable UUID id, @Valid @RequestBody ConversionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.conversion(id, ifMatch, request));
    }

    @PostMapping("/{id}/advice-letters")
    @Operation(summary = "制发行政复议意见书(第76条;开启60日纠正情况报送期限)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> adviceLetter(@PathVariable UUID id, @Valid @RequestBody AdviceLetterRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.adviceLetter(id, ifMatch, request));
    }

    @PostMapping("/{id}/follow-ups")
    @Operation(summary = "意见书纠正情况报告或回访复盘")
    @StepResponses
    public ResponseEntity<ReconsiderationView> followUp(@PathVariable UUID id, @Valid @RequestBody FollowUpRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.followUp(id, ifMatch, request));
    }

    @PostMapping("/{id}/classification")
    @Operation(summary = "案件定性:重大疑难复杂、专业性技术性强等(第50条听证、第52条咨询为必经程序)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> classification(@PathVariable UUID id, @Valid @RequestBody ClassificationRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.classification(id, ifMatch, request));
    }

    @PostMapping("/{id}/normative-reviews")
    @Operation(summary = "启动一项新的规范性文件附带审查(第56、57条;行政复议中止,已因附带审查中止的继续中止;开启该项30日处理或7个工作日转送期限;同一文件重复为 400)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> normativeReview(@PathVariable UUID id, @Valid @RequestBody NormativeReviewRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.normativeReview(id, ifMatch, request));
    }

    @PostMapping("/{id}/normative-reviews/{reviewId}/start")
    @Operation(summary = "启动申请人一并提出的附带审查(第56条;行政复议中止)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> normativeReviewStart(@PathVariable UUID id, @PathVariable UUID reviewId,
            @Valid @RequestBody NormativeStartRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.normativeReviewStart(id, reviewId, ifMatch, request));
    }

    @PostMapping("/{id}/normative-reviews/{reviewId}/notice")
    @Operation(summary = "书面通知制定机关答复(第58条:中止后3个工作日内;制定机关10个工作日内答复)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> normativeReviewNotice(@PathVariable UUID id, @PathVariable UUID reviewId,
            @Valid @RequestBody NormativeNoticeRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.normativeReviewNotice(id, reviewId, ifMatch, request));
    }

    @PostMapping("/{id}/normative-reviews/{reviewId}/transfer")
    @Operation(summary = "转送有权处理的机关(第56、57条;对方60日内回复,第60条)")
    @StepResponses
    public ResponseEntity<ReconsiderationView> normativeReviewTransfer(@PathVariable UUID id, @PathVariable UUID reviewId,
            @Valid @RequestBody NormativeTransferRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.normativeReviewTransfer(id, reviewId, ifMatch, request));
    }

    @PostMapping("/{id}/normative-reviews/{reviewId}/reply")
    @Operation(summary = "记录制定机关答复或接受转送机关的处理意见")
    @StepResponses
    public ResponseEntity<ReconsiderationView> normativeReviewReply(@PathVariable UUID id, @PathVariable UUID reviewId,
            @Valid @RequestBody NormativeReplyRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.normativeReviewReply(id, reviewId, ifMatch, request));
    }

    @PostMapping("/{id}/normative-reviews/{reviewId}/result")
    @Operation(summary = "附带审查结论(第59条);最后一项办结时恢复审理,审理期限顺延中止天数")
    @StepResponses
    public ResponseEntity<ReconsiderationView> normativeReviewResult(@PathVariable UUID id, @PathVariable UUID reviewId,
            @Valid @RequestBody NormativeResultRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.normativeReviewResult(id, reviewId, ifMatch, request));
    }
}
