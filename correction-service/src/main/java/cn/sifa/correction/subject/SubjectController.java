package cn.sifa.correction.subject;

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
import cn.sifa.correction.subject.SubjectRequests.CheckInRequest;
import cn.sifa.correction.subject.SubjectRequests.DischargePreparationRequest;
import cn.sifa.correction.subject.SubjectRequests.EndRequest;
import cn.sifa.correction.subject.SubjectRequests.FoundRequest;
import cn.sifa.correction.subject.SubjectRequests.IntakeRequest;
import cn.sifa.correction.subject.SubjectRequests.LevelRequest;
import cn.sifa.correction.subject.SubjectRequests.LostContactRequest;
import cn.sifa.correction.subject.SubjectRequests.MeasureRequest;
import cn.sifa.correction.subject.SubjectRequests.PlanRequest;
import cn.sifa.correction.subject.SubjectRequests.RejectionRequest;
import cn.sifa.correction.subject.SubjectRequests.ReportInRequest;
import cn.sifa.correction.subject.SubjectRequests.TeamRequest;
import cn.sifa.correction.subject.SubjectService.SubjectFilter;

@RestController
@RequestMapping("/api/correction/v1/subjects")
@Tag(name = "社区矫正对象", description = "AWAITING_REPORT → RECEIVED → UNDER_CORRECTION → DISCHARGE_PENDING → DISCHARGED;脱管、提请撤销/收监、终止")
@ApiErrors
class SubjectController {

    private static final String PATH = "/api/correction/v1/subjects/";

    private final SubjectService subjects;

    SubjectController(SubjectService subjects) {
        this.subjects = subjects;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "社区矫正对象列表(身份证号、电话脱敏;mine=true 为我的;可导出,导出不含未成年人)")
    public ResponseEntity<PageView<SubjectListItem>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) List<SubjectStatus> status,
            @RequestParam(required = false) SubjectKind kind, @RequestParam(required = false) SupervisionLevel level,
            @RequestParam(required = false) @Parameter(description = "true:只看我承办的") Boolean mine,
            @RequestParam(required = false) @Parameter(description = "生效日期起") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @Parameter(description = "生效日期止") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Parameter(description = "罪名或决定机关包含") String q,
            @RequestParam(required = false) @Parameter(description = "true:只看已逾期的") Boolean overdue,
            @RequestParam(required = false) @Parameter(description = "true:只看3个工作日内到期的") Boolean dueSoon,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        SubjectFilter filter = new SubjectFilter(divisionCode, status, kind, level, mine, from, to, q, overdue, dueSoon);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            subjects.export(filter, export, response);
            return null;
        }
        return subjects.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "社区矫正对象档案(完整身份信息仅对有权限的社区矫正工作人员显示,每次查看记入审计日志)")
    @ApiResponse(responseCode = "200", description = "社区矫正对象")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<SubjectView> get(@PathVariable UUID id) {
        return Answers.ok(subjects.get(id));
    }

    @PostMapping
    @Operation(summary = "交付接收社区矫正对象(开启报到期限 REPORT_IN,暂予监外执行为交付期限)")
    @ApiResponse(responseCode = "201", description = "已接收")
    public ResponseEntity<SubjectView> intake(@Valid @RequestBody IntakeRequest request) {
        SubjectView created = subjects.intake(request);
        return Answers.created(PATH + created.id(), created);
    }

    @PostMapping("/{id}/report-in")
    @Operation(summary = "报到登记、建档、宣告(报到期限履行)")
    @StepResponses
    public ResponseEntity<SubjectView> reportIn(@PathVariable UUID id, @Valid @RequestBody ReportInRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(subjects.reportIn(id, ifMatch, request));
    }

    @PostMapping("/{id}/team")
    @Operation(summary = "确定矫正小组(女性对象须有女性成员)")
    @StepResponses
    public ResponseEntity<SubjectView> team(@PathVariable UUID id, @Valid @RequestBody TeamRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(subjects.team(id, ifMatch, request));
    }

    @PostMapping("/{id}/plan")
    @Operation(summary = "制定矫正方案")
    @StepResponses
    public ResponseEntity<SubjectView> plan(@PathVariable UUID id, @Valid @RequestBody PlanRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(subjects.plan(id, ifMatch, request));
    }

    @PostMapping("/{id}/supervision-level")
    @Operation(summary = "确定/调整分类管理等级(首次确定即入矫,开启矫正期满与报告期限)")
    @StepResponses
    public ResponseEntity<SubjectView> supervisionLevel(@PathVariable UUID id, @Valid @RequestBody LevelRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(subjects.supervisionLevel(id, ifMatch, request));
    }

    @GetMapping("/{id}/check-ins")
    @Operation(summary = "对象的报告记录(分页,默认按报告日期倒序)")
    @ApiResponse(responseCode = "200", description = "报告记录")
    @ApiResponse(responseCode = "404", description = "对象不存在或不在管辖范围内")
    public ResponseEntity<PageView<CheckInView>> checkIns(@PathVariable UUID id, @RequestParam(required = false) CheckInType type,
            @RequestParam(required = false) @Parameter(description = "报告日期起") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @Parameter(description = "报告日期止") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort) {
        return subjects.checkIns(id, type, from, to, page, size, sort).toResponse();
    }

    @PostMapping("/{id}/check-ins")
    @Operation(summary = "报告(定期报告、病情报告、病情复查;履行本期并开启下一期)")
    @StepResponses
    public ResponseEntity<SubjectView> checkIn(@PathVariable UUID id, @Valid @RequestBody CheckInRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(subjects.checkIn(id, ifMatch, request));
    }

    @PostMapping("/{id}/measures")
    @Operation(summary = "奖惩措施(提请撤销/收监开启法院30日期限,提请逮捕48小时)")
    @StepResponses
    public ResponseEntity<SubjectView> measure(@PathVariable UUID id, @Valid @RequestBody MeasureRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(subjects.measure(id, ifMatch, request));
    }

    @PostMapping("/{id}/revocation-rejected")
    @Operation(summary = "法院不予撤销/决定机关不予收监,恢复矫正")
    @StepResponses
    public ResponseEntity<SubjectView> revocationRejected(@PathVariable UUID id, @Valid @RequestBody RejectionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(subjects.revocationRejected(id, ifMatch, request));
    }

    @PostMapping("/{id}/lost-contact")
    @Operation(summary = "脱管(立即组织查找)")
    @StepResponses
    public ResponseEntity<SubjectView> lostContact(@PathVariable UUID id, @Valid @RequestBody LostContactRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(subjects.lostContact(id, ifMatch, request));
    }

    @PostMapping("/{id}/found")
    @Operation(summary = "找回脱管对象")
    @StepResponses
    public ResponseEntity<SubjectView> found(@PathVariable UUID id, @Valid @RequestBody FoundRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(subjects.found(id, ifMatch, request));
    }

    @PostMapping("/{id}/discharge-preparation")
    @Operation(summary = "解矫准备:个人总结与鉴定(期满前30日起)")
    @StepResponses
    public ResponseEntity<SubjectView> prepareDischarge(@PathVariable UUID id, @Valid @RequestBody DischargePreparationRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(subjects.prepareDischarge(id, ifMatch, request));
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "解除(期满、特赦)或终止(撤销缓刑/假释、收监、死亡)社区矫正")
    @StepResponses
    public ResponseEntity<SubjectView> end(@PathVariable UUID id, @Valid @RequestBody EndRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(subjects.end(id, ifMatch, request));
    }
}
