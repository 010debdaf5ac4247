package cn.sifa.mediation.dispute;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Keyset;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.core.web.StepResponses;
import cn.sifa.core.workflow.TransitionLog;
import cn.sifa.core.workflow.TransitionView;
import cn.sifa.mediation.dispute.CaseRequests.AcceptRequest;
import cn.sifa.mediation.dispute.CaseRequests.AgreementRequest;
import cn.sifa.mediation.dispute.CaseRequests.ArchiveRequest;
import cn.sifa.mediation.dispute.CaseRequests.CreateCaseRequest;
import cn.sifa.mediation.dispute.CaseRequests.DeclineRequest;
import cn.sifa.mediation.dispute.CaseRequests.EscalationReportRequest;
import cn.sifa.mediation.dispute.CaseRequests.FailRequest;
import cn.sifa.mediation.dispute.CaseRequests.FollowUpRequest;
import cn.sifa.mediation.dispute.CaseRequests.JudicialConfirmationRequest;
import cn.sifa.mediation.dispute.CaseRequests.PerformanceRequest;
import cn.sifa.mediation.dispute.CaseRequests.SessionRequest;
import cn.sifa.mediation.dispute.CaseRequests.UpdateCaseRequest;

@Tag(name = "人民调解 · 案件", description = "纠纷登记、受理、调解、协议、司法确认、回访与归档")
@RestController
@RequestMapping("/api/mediation/v1/cases")
@ApiErrors
class CaseController {

    static final String BASE = "/api/mediation/v1/cases";
    /** Present (value {@code true}) when a list's {@code totalElements} is a lower bound, not an exact count. */
    static final String TOTAL_LOWER_BOUND = ListPage.TOTAL_LOWER_BOUND;

    private static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "caseNo", "caseNoKey",
            "status", "status", "nextDueOn", "nextDueOn", "disputeType", "disputeType");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("caseNoKey"));

    private final CaseWorkflow workflow;
    private final TransitionLog transitions;

    CaseController(CaseWorkflow workflow, TransitionLog transitions) {
        this.workflow = workflow;
        this.transitions = transitions;
    }

    @Operation(summary = "登记纠纷", description = "创建调解案件,状态为 REGISTERED,按所属司法局编制案号。支持 Idempotency-Key。")
    @ApiResponse(responseCode = "201", description = "已登记")
    @ApiResponse(responseCode = "409", description = "重复提交或案号冲突", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping
    ResponseEntity<CaseView> create(@Valid @RequestBody CreateCaseRequest request) {
        CaseView view = workflow.create(request);
        return ResponseEntity.created(URI.create(BASE + "/" + view.id())).eTag(Etags.of(view.version())).body(view);
    }

    @Operation(summary = "查询调解案件", description = "分页列表;身份证号码脱敏。按页码(page)或按翻页游标(cursor,见 page.nextCursor)翻页,同一排序下案件 ID 决定并列的先后。Accept 为 text/csv 或 Excel 类型时导出全部筛选结果。")
    @ApiResponse(responseCode = "200", description = "案件列表", content = {
            @Content(mediaType = "application/json"),
            @Content(mediaType = "text/csv"),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    @GetMapping
    ResponseEntity<PageView<CaseListItem>> list(
            @Parameter(description = "状态,可多选", example = "MEDIATING") @RequestParam(required = false) List<CaseStatus> status,
            @Parameter(description = "纠纷类型", example = "NEIGHBOUR") @RequestParam(required = false) DisputeType disputeType,
            @Parameter(description = "纠纷来源", example = "COURT_REFERRAL") @RequestParam(required = false) CaseSource source,
            @Parameter(description = "收案日期起(含)", example = "2026-01-01") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "收案日期止(含)", example = "2026-06-30") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "检索:案号、纠纷情况、当事人姓名", example = "张三") @RequestParam(required = false) String q,
            @Parameter(description = "只看已逾期(true)或未逾期(false)", example = "true") @RequestParam(required = false) Boolean overdue,
            @Parameter(description = "只看3个工作日内到期", example = "true") @RequestParam(required = false) Boolean dueSoon,
            @Parameter(description = "行政区划(本级及下级)", example = "430105") @RequestParam(required = false) String divisionCode,
            @Parameter(description = "调委会 ID") @RequestParam(required = false) UUID committeeId,
            @Parameter(description = "只看我承办的", example = "true") @RequestParam(required = false) Boolean mine,
            @Parameter(description = "只看本单位的", example = "true") @RequestParam(required = false) Boolean unit,
            @Parameter(description = "页码,从 0 开始", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "每页条数,最多 200", example = "20") @RequestParam(required = false) Integer size,
            @Parameter(description = "排序,如 receivedOn,desc", example = "receivedOn,desc") @RequestParam(required = false) List<String> sort,
            @Parameter(description = "翻页游标(键集分页):上一页的 page.nextCursor,原样传回即读下一页,翻到深处也与第一页一样快。"
                    + "须与上一页的排序和筛选条件相同(否则 400);不能与 page>0 同用(400)。") @RequestParam(required = false) String cursor,
            HttpServletRequest request, HttpServletResponse response) {
        CaseFilter filter = new CaseFilter(status, disputeType, source, from, to, q, overdue, dueSoon, divisionCode,
                committeeId, mine, unit);
        Pageable pageable = Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT);
        ExportFormat format = Listing.requestedExport(request.getHeader(HttpHeaders.ACCEPT));
        if (format != null) {
            workflow.export(filter, pageable.getSort(), response, format, EXPORT_COLUMNS);
            return null;
        }
        // The body keeps the paging contract; that totalElements is only a lower bound is said in a header.
        return workflow.list(filter, pageable, Keyset.of(cursor, filter)).toResponse();
    }

    private static final List<ExportColumn<CaseListItem>> EXPORT_COLUMNS = List.of(
            new ExportColumn<>("案号", CaseListItem::caseNo),
            new ExportColumn<>("状态", CaseListItem::statusLabel),
            ExportColumn.division("行政区划", CaseListItem::divisionCode),
            new ExportColumn<>("纠纷类型", CaseListItem::disputeTypeLabel),
            new ExportColumn<>("纠纷来源", CaseListItem::sourceLabel),
            new ExportColumn<>("收案日期", CaseListItem::receivedOn),
            new ExportColumn<>("当事人", i -> i.parties().stream().map(p -> p.roleLabel() + ":" + p.name()).collect(Collectors.joining(";"))),
            new ExportColumn<>("纠纷简要情况", CaseListItem::summary),
            new ExportColumn<>("最近期限", CaseListItem::nextDueOn),
            new ExportColumn<>("是否逾期", i -> i.overdue() ? "是" : "否"));

    @Operation(summary = "查看调解案件", description = "含当事人、调解记录、协议、期限、流程记录与允许的操作。人民调解科工作人员、调解员和系统管理员可见完整身份证号码(留痕)。")
    @ApiResponse(responseCode = "200", description = "案件详情,ETag 为版本号")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}")
    ResponseEntity<CaseView> get(@PathVariable UUID id) {
        return withEtag(workflow.get(id));
    }

    @Operation(summary = "修改案件登记信息", description = "整体替换纠纷来源、类型、难易程度、简要情况、涉及金额和当事人;不改状态、区划、调委会和调解员。"
            + "须带 If-Match(无则 428,过期则 412);已归档的案件不能修改(409)。当事人的身份证号码或联系电话原样送回脱敏值时保留原值。"
            + "修改内容记入流程记录(操作 edit)。")
    @StepResponses
    @ApiResponse(responseCode = "428", description = "缺少 If-Match", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping("/{id}")
    ResponseEntity<CaseView> update(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @Valid @RequestBody UpdateCaseRequest request) {
        return withEtag(workflow.update(id, ifMatch, request));
    }

    @Operation(summary = "案件流程记录", description = "每次流转:操作、原状态、新状态、业务日期、操作人、备注")
    @ApiResponse(responseCode = "200", description = "流程记录")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}/history")
    List<TransitionView> history(@PathVariable UUID id) {
        workflow.load(id);
        return transitions.of(id);
    }

    @Operation(summary = "受理", description = "REGISTERED → ACCEPTED;开启调解期限(默认受理之日起30日)")
    @StepResponses
    @PostMapping("/{id}/accept")
    ResponseEntity<CaseView> accept(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @Valid @RequestBody AcceptRequest request) {
        return withEtag(workflow.accept(id, ifMatch, request));
    }

    @Operation(summary = "不予受理", description = "REGISTERED → DECLINED;记录理由(当事人拒绝调解属第十七条情形)及告知的其他途径")
    @StepResponses
    @PostMapping("/{id}/decline")
    ResponseEntity<CaseView> decline(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody DeclineRequest request) {
        return withEtag(workflow.decline(id, ifMatch, request));
    }

    @Operation(summary = "记录调解", description = "ACCEPTED → MEDIATING(首次),其后每次调解追加记录;邀请他人参与须经当事人同意")
    @StepResponses
    @PostMapping("/{id}/sessions")
    ResponseEntity<CaseView> session(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody SessionRequest request) {
        return withEtag(workflow.session(id, ifMatch, request));
    }

    @Operation(summary = "报告矛盾激化风险", description = "第二十五条:采取预防措施并报告公安机关")
    @StepResponses
    @PostMapping("/{id}/escalation-reports")
    ResponseEntity<CaseView> escalation(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody EscalationReportRequest request) {
        return withEtag(workflow.escalationReport(id, ifMatch, request));
    }

    @Operation(summary = "达成调解协议", description = "MEDIATING → AGREEMENT_REACHED;书面协议开启司法确认申请期限(生效之日起30日)")
    @StepResponses
    @PostMapping("/{id}/agreement")
    ResponseEntity<CaseView> agreement(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody AgreementRequest request) {
        return withEtag(workflow.agreement(id, ifMatch, request));
    }

    @Operation(summary = "终止调解", description = "MEDIATING → FAILED;记录理由及告知的其他途径(第二十六条)")
    @StepResponses
    @PostMapping("/{id}/fail")
    ResponseEntity<CaseView> fail(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                  @Valid @RequestBody FailRequest request) {
        return withEtag(workflow.fail(id, ifMatch, request));
    }

    @Operation(summary = "登记履行情况", description = "协议履行监督(第三十一条):PERFORMED 或 BREACHED")
    @StepResponses
    @PostMapping("/{id}/performance")
    ResponseEntity<CaseView> performance(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody PerformanceRequest request) {
        return withEtag(workflow.performance(id, ifMatch, request));
    }

    @Operation(summary = "司法确认", description = "登记申请(第三十三条,30日内)及法院裁定(CONFIRMED/REJECTED)")
    @StepResponses
    @PostMapping("/{id}/judicial-confirmation")
    ResponseEntity<CaseView> judicialConfirmation(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                  @Valid @RequestBody JudicialConfirmationRequest request) {
        return withEtag(workflow.judicialConfirmation(id, ifMatch, request));
    }

    @Operation(summary = "回访", description = "协议达成后的回访记录")
    @StepResponses
    @PostMapping("/{id}/follow-ups")
    ResponseEntity<CaseView> followUp(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @Valid @RequestBody FollowUpRequest request) {
        return withEtag(workflow.followUp(id, ifMatch, request));
    }

    @Operation(summary = "归档", description = "DECLINED / FAILED / AGREEMENT_REACHED → ARCHIVED;未届满期限不再适用")
    @StepResponses
    @PostMapping("/{id}/archive")
    ResponseEntity<CaseView> archive(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody(required = false) ArchiveRequest request) {
        return withEtag(workflow.archive(id, ifMatch, request));
    }

    private static ResponseEntity<CaseView> withEtag(CaseView view) {
        return ResponseEntity.ok().eTag(Etags.of(view.version())).body(view);
    }
}
