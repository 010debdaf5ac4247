package cn.sifa.mediation.expert;

import java.time.Clock;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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

import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.mediation.dispute.CaseAction;
import cn.sifa.mediation.dispute.CaseWorkflow;
import cn.sifa.mediation.dispute.DisputeType;
import cn.sifa.mediation.dispute.MediationCase;
import cn.sifa.mediation.mediator.Mediator;
import cn.sifa.mediation.mediator.Mediators;
import cn.sifa.core.web.ApiErrors;

@Tag(name = "人民调解 · 专家点单", description = "案件向调解专家库点单,专家接单或拒绝")
@RestController
@RequestMapping("/api/mediation/v1/expert-requests")
@ApiErrors
@Transactional
class ExpertRequestController {

    private final ExpertRequests requests;
    private final Mediators mediators;
    private final CaseWorkflow workflow;
    private final DivisionScope scope;

    private final Clock clock;

    ExpertRequestController(ExpertRequests requests, Mediators mediators, CaseWorkflow workflow, DivisionScope scope, Clock clock) {
        this.clock = clock;
        this.requests = requests;
        this.mediators = mediators;
        this.workflow = workflow;
        this.scope = scope;
    }

    @Schema(description = "专家点单")
    record ExpertRequestCreate(
            @Schema(description = "案件 ID") @NotNull UUID caseId,
            @Schema(description = "需要的专业领域", example = "MEDICAL") @NotNull DisputeType specialty,
            @Schema(description = "点名的专家 ID,可空") UUID expertId,
            @Schema(description = "点单日期,默认今天", example = "2026-11-21") LocalDate requestedOn,
            @Schema(description = "说明", example = "涉及医疗过错鉴定,需医学专家参与") @Size(max = 1000) String note) {
    }

    @Schema(description = "专家答复")
    record ExpertResponse(
            @Schema(description = "答复的专家 ID;调用方本人即专家时可省略") UUID expertId,
            @Schema(description = "答复日期,默认今天", example = "2026-11-22") LocalDate respondedOn,
            @Schema(description = "说明或拒绝理由", example = "时间冲突") @Size(max = 1000) String note) {
    }

    @Schema(description = "专家点单")
    record ExpertRequestView(@Schema(description = "ID") UUID id,
                             @Schema(description = "行政区划代码", example = "430105") String divisionCode,
                             @Schema(description = "案件 ID") UUID caseId,
                             @Schema(description = "专业领域", example = "MEDICAL") DisputeType specialty,
                             @Schema(description = "专业领域名称", example = "医疗纠纷") String specialtyLabel,
                             @Schema(description = "点单日期", example = "2026-11-21") LocalDate requestedOn,
                             @Schema(description = "说明", example = "需医学专家") String note,
                             @Schema(description = "专家 ID") UUID expertId,
                             @Schema(description = "状态", example = "OPEN") ExpertRequestStatus status,
                             @Schema(description = "状态名称", example = "待响应") String statusLabel,
                             @Schema(description = "答复日期", example = "2026-11-22") LocalDate respondedOn,
                             @Schema(description = "答复说明", example = "时间冲突") String responseNote,
                             @Schema(description = "允许的操作", example = "[\"accept\",\"decline\"]") List<String> allowedActions,
                             @Schema(description = "版本号", example = "0") long version) {
    }

    @Operation(summary = "查询专家点单")
    @ApiResponse(responseCode = "200", description = "列表")
    @GetMapping
    @Transactional(readOnly = true)
    PageView<ExpertRequestView> list(@Parameter(description = "行政区划", example = "430105") @RequestParam(required = false) String divisionCode,
                                     @Parameter(description = "状态", example = "OPEN") @RequestParam(required = false) ExpertRequestStatus status,
                                     @Parameter(description = "案件 ID") @RequestParam(required = false) UUID caseId,
                                     @Parameter(description = "专家 ID") @RequestParam(required = false) UUID expertId,
                                     @Parameter(description = "专业领域", example = "MEDICAL") @RequestParam(required = false) DisputeType specialty,
                                     @Parameter(description = "页码", example = "0") @RequestParam(required = false) Integer page,
                                     @Parameter(description = "每页条数", example = "20") @RequestParam(required = false) Integer size) {
        String prefix = scope.narrowTo(divisionCode);
        Specification<ExpertRequest> spec = (root, q, cb) -> {
            var where = cb.like(root.get("divisionCode"), prefix + "%");
            if (status != null) {
                where = cb.and(where, cb.equal(root.get("status"), status));
            }
            if (caseId != null) {
                where = cb.and(where, cb.equal(root.get("caseId"), caseId));
            }
            if (expertId != null) {
                where = cb.and(where, cb.equal(root.get("expertId"), expertId));
            }
            if (specialty != null) {
                where = cb.and(where, cb.equal(root.get("specialty"), specialty));
            }
            return where;
        };
        return PageView.of(requests.findAll(spec, Paging.of(page, size, null, Map.of(), Sort.by(Sort.Order.desc("requestedOn")))),
                ExpertRequestController::view);
    }

    @Operation(summary = "向专家库点单", description = "案件须处于已受理或调解中;点名的专家须在专家库中且擅长该领域")
    @ApiResponse(responseCode = "201", description = "已点单")
    @PostMapping
    ResponseEntity<ExpertRequestView> create(@Valid @RequestBody ExpertRequestCreate r) {
        MediationCase c = workflow.load(r.caseId());
        c.requireAllowed(CaseAction.EXPERT_REQUEST);
        LocalDate today = StepDates.today(clock);
        LocalDate on = r.requestedOn() == null ? today : r.requestedOn();
        ValidationException.Collector errors = new ValidationException.Collector();
        StepDates.check(errors, "requestedOn", on, today, c.getReceivedOn(), c.getAcceptedOn());
        if (r.expertId() != null) {
            mediators.findById(r.expertId()).ifPresentOrElse(m -> {
                if (!m.canServeAsExpertFor(r.specialty())) {
                    errors.add("expertId", "not-an-expert-for-specialty", m.getName() + " 不是专家库中擅长" + r.specialty().label() + "的专家");
                }
            }, () -> errors.add("expertId", "unknown-mediator", "专家不存在"));
        }
        errors.throwIfAny();
        ExpertRequest e = new ExpertRequest(c.getDivisionCode(), c.getId(), r.specialty(), on, r.note(), r.expertId());
        requests.saveAndFlush(e);
        workflow.recordEvent(c, "expert-requests", on, "向调解专家库点单:" + r.specialty().label());
        return ResponseEntity.created(URI.create("/api/mediation/v1/expert-requests/" + e.getId())).eTag(Etags.of(e.getVersion())).body(view(e));
    }

    @Operation(summary = "查看专家点单")
    @ApiResponse(responseCode = "200", description = "专家点单")
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    ResponseEntity<ExpertRequestView> get(@PathVariable UUID id) {
        ExpertRequest e = load(id);
        return ResponseEntity.ok().eTag(Etags.of(e.getVersion())).body(view(e));
    }

    @Operation(summary = "专家接单", description = "专家加入案件的调解员")
    @ApiResponse(responseCode = "200", description = "已接单")
    @PostMapping("/{id}/accept")
    ResponseEntity<ExpertRequestView> accept(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             @Valid @RequestBody(required = false) ExpertResponse body) {
        ExpertResponse r = body == null ? new ExpertResponse(null, null, null) : body;
        ExpertRequest e = load(id);
        Etags.checkIfMatch(ifMatch, e.getVersion());
        Mediator expert = responder(r.expertId(), e);
        LocalDate today = StepDates.today(clock);
        e.accept(expert, r.respondedOn(), today, r.note());
        MediationCase c = workflow.load(e.getCaseId());
        workflow.addMediator(c, expert.getId(), e.getRespondedOn(), "专家 " + expert.getName() + " 接单参与调解");
        requests.saveAndFlush(e);
        return ResponseEntity.ok().eTag(Etags.of(e.getVersion())).body(view(e));
    }

    @Operation(summary = "专家拒绝")
    @ApiResponse(responseCode = "200", description = "已拒绝")
    @PostMapping("/{id}/decline")
    ResponseEntity<ExpertRequestView> decline(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody(required = false) ExpertResponse body) {
        ExpertResponse r = body == null ? new ExpertResponse(null, null, null) : body;
        ExpertRequest e = load(id);
        Etags.checkIfMatch(ifMatch, e.getVersion());
        Mediator expert = responder(r.expertId(), e);
        e.decline(expert, r.respondedOn(), StepDates.today(clock), r.note());
        requests.saveAndFlush(e);
        return ResponseEntity.ok().eTag(Etags.of(e.getVersion())).body(view(e));
    }

    /** The expert answering: named in the body, else the named expert of the request, else the caller's own mediator record. */
    private Mediator responder(UUID expertId, ExpertRequest e) {
        UUID id = expertId != null ? expertId : e.getExpertId();
        if (id != null) {
            return mediators.findById(id).orElseThrow(() -> ValidationException.of("expertId", "unknown-mediator", "专家不存在"));
        }
        return mediators.findByUsername(CurrentCaller.get().subject()).stream().findFirst()
                .orElseThrow(() -> ValidationException.of("expertId", "required", "请指明答复的专家"));
    }

    private ExpertRequest load(UUID id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("专家点单", id));
    }

    static ExpertRequestView view(ExpertRequest e) {
        return new ExpertRequestView(e.getId(), e.getDivisionCode(), e.getCaseId(), e.getSpecialty(), e.getSpecialty().label(),
                e.getRequestedOn(), e.getNote(), e.getExpertId(), e.getStatus(), e.getStatus().label(), e.getRespondedOn(),
                e.getResponseNote(), e.allowedActions(), e.getVersion());
    }
}
