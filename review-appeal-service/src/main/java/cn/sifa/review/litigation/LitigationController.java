package cn.sifa.review.litigation;

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
import cn.sifa.review.litigation.LitigationRequests.AccountabilityRequest;
import cn.sifa.review.litigation.LitigationRequests.AppealRequest;
import cn.sifa.review.litigation.LitigationRequests.DefenceRequest;
import cn.sifa.review.litigation.LitigationRequests.EffectiveRequest;
import cn.sifa.review.litigation.LitigationRequests.HearingRequest;
import cn.sifa.review.litigation.LitigationRequests.JudgmentRequest;
import cn.sifa.review.litigation.LitigationRequests.LawsuitRequest;
import cn.sifa.review.litigation.LitigationRequests.PerformanceRequest;
import cn.sifa.review.litigation.LitigationService.LitigationFilter;
import cn.sifa.review.reconsideration.ActCategory;

@RestController
@RequestMapping("/api/review/v1/litigations")
@Tag(name = "行政应诉", description = "SUMMONS_RECEIVED → DEFENCE_FILED → HEARD → JUDGED → APPEALED | EFFECTIVE")
@ApiErrors
class LitigationController {

    private static final String PATH = "/api/review/v1/litigations/";

    private final LitigationService service;

    LitigationController(LitigationService service) {
        this.service = service;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "行政应诉案件列表(mine=true 为我的;overdue、dueSoon;可导出)")
    public ResponseEntity<PageView<LitigationListItem>> list(
            @RequestParam(required = false) String divisionCode,
            @RequestParam(required = false) List<LitigationStatus> status,
            @RequestParam(required = false) Instance instance,
            @RequestParam(required = false) ActCategory actCategory,
            @RequestParam(required = false) LitigationOutcome outcome,
            @RequestParam(required = false) UUID relatedReconsiderationId,
            @RequestParam(required = false) @Parameter(description = "true:只看我承办的") Boolean mine,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Parameter(description = "案号、原告、法院") String q,
            @RequestParam(required = false) @Parameter(description = "true:只看已逾期的") Boolean overdue,
            @RequestParam(required = false) @Parameter(description = "true:只看3个工作日内到期的") Boolean dueSoon,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        LitigationFilter filter = new LitigationFilter(divisionCode, status, instance, actCategory, outcome,
                relatedReconsiderationId, mine, from, to, q, overdue, dueSoon);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            service.export(filter, export, response);
            return null;
        }
        return service.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "行政应诉案件详情(含期限与时间线)")
    @ApiResponse(responseCode = "200", description = "行政应诉案件")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<LitigationView> get(@PathVariable UUID id) {
        return Answers.ok(service.get(id));
    }

    @PostMapping
    @Operation(summary = "登记(报备)行政诉讼案件:收到起诉状副本,开启15日答辩举证期限")
    @ApiResponse(responseCode = "201", description = "已登记")
    @ApiResponse(responseCode = "404", description = "相关的行政复议案件不存在或不在管辖范围内")
    public ResponseEntity<LitigationView> receive(@Valid @RequestBody LawsuitRequest request) {
        LitigationView created = service.receive(request);
        return Answers.created(PATH + created.id(), created);
    }

    @PostMapping("/{id}/defence-filed")
    @Operation(summary = "提交答辩状、证据和规范性文件(行政诉讼法第67条)")
    @StepResponses
    public ResponseEntity<LitigationView> defenceFiled(@PathVariable UUID id, @Valid @RequestBody DefenceRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.defenceFiled(id, ifMatch, request));
    }

    @PostMapping("/{id}/court-extension")
    @Operation(summary = "法院延长审理期限(行政诉讼法第81、88条:上级法院批准;简易程序不延长)")
    @StepResponses
    public ResponseEntity<LitigationView> courtExtension(@PathVariable UUID id, @Valid @RequestBody LitigationRequests.CourtExtensionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.courtExtension(id, ifMatch, request));
    }

    @PostMapping("/{id}/court-procedure-conversion")
    @Operation(summary = "法院裁定简易程序转为普通程序(行政诉讼法第84条;审理期限改为自立案之日起六个月)")
    @StepResponses
    public ResponseEntity<LitigationView> courtProcedureConversion(@PathVariable UUID id,
            @Valid @RequestBody LitigationRequests.CourtProcedureConversionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.courtProcedureConversion(id, ifMatch, request));
    }

    @PostMapping("/{id}/hearing-notice")
    @Operation(summary = "出庭通知书:开庭日期、法院是否通知负责人出庭(应在开庭3日前送达,出庭应诉规定第5条;不足时提示)")
    @StepResponses
    public ResponseEntity<LitigationView> hearingNotice(@PathVariable UUID id, @Valid @RequestBody LitigationRequests.HearingNoticeRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.hearingNotice(id, ifMatch, request));
    }

    @PostMapping("/{id}/hearings")
    @Operation(summary = "开庭与出庭应诉(负责人出庭或不能出庭的理由)")
    @StepResponses
    public ResponseEntity<LitigationView> hearing(@PathVariable UUID id, @Valid @RequestBody HearingRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.hearing(id, ifMatch, request));
    }

    @PostMapping("/{id}/judgment")
    @Operation(summary = "判决或裁定(开启上诉期:判决15日、裁定10日)")
    @StepResponses
    public ResponseEntity<LitigationView> judgment(@PathVariable UUID id, @Valid @RequestBody JudgmentRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.judgment(id, ifMatch, request));
    }

    @PostMapping("/{id}/appeal")
    @Operation(summary = "上诉")
    @StepResponses
    public ResponseEntity<LitigationView> appeal(@PathVariable UUID id, @Valid @RequestBody AppealRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.appeal(id, ifMatch, request));
    }

    @PostMapping("/{id}/effective")
    @Operation(summary = "上诉期届满,裁判生效")
    @StepResponses
    public ResponseEntity<LitigationView> effective(@PathVariable UUID id, @Valid @RequestBody EffectiveRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.effective(id, ifMatch, request));
    }

    @PostMapping("/{id}/performance")
    @Operation(summary = "履行生效裁判(仅败诉且已生效的案件,登记一次)")
    @StepResponses
    public ResponseEntity<LitigationView> performance(@PathVariable UUID id, @Valid @RequestBody PerformanceRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.performance(id, ifMatch, request));
    }

    @PostMapping("/{id}/accountability")
    @Operation(summary = "败诉责任追究(仅败诉案件)")
    @StepResponses
    public ResponseEntity<LitigationView> accountability(@PathVariable UUID id, @Valid @RequestBody AccountabilityRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(service.accountability(id, ifMatch, request));
    }
}
