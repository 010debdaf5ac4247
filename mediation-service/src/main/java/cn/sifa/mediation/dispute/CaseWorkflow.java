package cn.sifa.mediation.dispute;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.audit.AuditLog;
import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Keyset;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.person.CitizenId;
import cn.sifa.core.person.MaskedEdits;
import cn.sifa.core.person.PersonalData;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.web.Etags;
import cn.sifa.core.workflow.DueDates;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.mediation.committee.Committees;
import cn.sifa.mediation.dispute.CaseRequests.AcceptRequest;
import cn.sifa.mediation.dispute.CaseRequests.AgreementRequest;
import cn.sifa.mediation.dispute.CaseRequests.ArchiveRequest;
import cn.sifa.mediation.dispute.CaseRequests.CreateCaseRequest;
import cn.sifa.mediation.dispute.CaseRequests.DeclineRequest;
import cn.sifa.mediation.dispute.CaseRequests.EscalationReportRequest;
import cn.sifa.mediation.dispute.CaseRequests.FailRequest;
import cn.sifa.mediation.dispute.CaseRequests.FollowUpRequest;
import cn.sifa.mediation.dispute.CaseRequests.JudicialConfirmationRequest;
import cn.sifa.mediation.dispute.CaseRequests.PartyRequest;
import cn.sifa.mediation.dispute.CaseRequests.PerformanceRequest;
import cn.sifa.mediation.dispute.CaseRequests.SessionRequest;
import cn.sifa.mediation.dispute.CaseRequests.UpdateCaseRequest;
import cn.sifa.mediation.dispute.CaseRequests.UpdatePartyRequest;
import cn.sifa.mediation.mediator.Mediator;
import cn.sifa.mediation.mediator.Mediators;

/**
 * Carries out case steps: loads the case in the caller's scope (else 404) and hands it to the core {@link Workflow}
 * applier, which checks If-Match (412), lets the aggregate decide (409/400), then writes the history row and the
 * deadlines the transition names. One transaction per step, flushed before returning so that a lost race answers 409
 * and leaves nothing written.
 */
@Service
@Transactional
public class CaseWorkflow {

    /** History action of 修改登记信息 (not a workflow step: it leaves the state alone). */
    public static final String EDIT = "edit";

    private final MediationCases cases;
    private final Committees committees;
    private final Mediators mediators;
    private final CaseNumbering numbering;
    private final DivisionScope scope;
    private final Workflow workflow;
    private final DueDates dueDates;
    private final Listing listing;
    private final AuditLog audit;
    private final CaseViews views;

    CaseWorkflow(MediationCases cases, Committees committees, Mediators mediators, CaseNumbering numbering,
                 DivisionScope scope, Workflow workflow, DueDates dueDates, Listing listing, AuditLog audit,
                 CaseViews views) {
        this.cases = cases;
        this.committees = committees;
        this.mediators = mediators;
        this.numbering = numbering;
        this.scope = scope;
        this.workflow = workflow;
        this.dueDates = dueDates;
        this.listing = listing;
        this.audit = audit;
        this.views = views;
    }

    /** Registers a dispute; also used when a screening becomes a case. */
    public MediationCase register(CreateCaseRequest request) {
        LocalDate today = workflow.today();
        String division = scope.divisionForCreate(request.divisionCode());
        LocalDate receivedOn = request.receivedOn() == null ? today : request.receivedOn();
        ValidationException.Collector errors = new ValidationException.Collector();
        StepDates.notInFuture(errors, "receivedOn", receivedOn, today);
        if (request.committeeId() != null && !committees.existsById(request.committeeId())) {
            errors.add("committeeId", "unknown-committee", "调委会 " + request.committeeId() + " 不存在");
        }
        List<PartyRequest> parties = request.parties();
        for (int i = 0; i < parties.size(); i++) {
            PartyRequest p = parties.get(i);
            if (p.kind() == PartyKind.ORGANIZATION && p.idNumber() != null && !p.idNumber().isBlank()) {
                errors.add("parties[" + i + "].idNumber", "not-applicable", "组织当事人应填写统一社会信用代码,不填身份证号码");
            }
        }
        errors.throwIfAny();
        SifaPrincipal caller = CurrentCaller.get();
        String caseNo = numbering.next(division, receivedOn.getYear());
        List<CaseParty> caseParties = parties.stream().map(p -> new CaseParty(p.role(), p.kind(), p.name().trim(),
                blankToNull(p.idNumber()) == null ? null : p.idNumber().trim().toUpperCase(),
                blankToNull(p.creditCode()), blankToNull(p.phone()))).toList();
        MediationCase c = new MediationCase(division, caseNo, request.source(), request.disputeType(), request.summary().trim(),
                request.amountInvolved(), receivedOn, request.committeeId(), caller.organizationId(),
                caller.kind() == SifaPrincipal.Kind.STAFF ? caller.subject() : null, caseParties,
                Boolean.TRUE.equals(request.escalationRisk()));
        // The id is assigned in Java, so Spring Data merges: carry on with the managed copy it returns.
        MediationCase saved = cases.save(c);
        workflow.apply(saved, saved.registration());
        cases.flush();
        return saved;
    }

    public CaseView create(CreateCaseRequest request) {
        return views.detail(register(request), seesFullIds());
    }

    @Transactional(readOnly = true)
    public CaseView get(UUID id) {
        MediationCase c = load(id);
        boolean full = seesFullIds();
        CaseParts parts = views.parts(c);
        String fullRead = PersonalData.fullReadAction(full, parts.anyFullIdNumber(), parts.anyPhone());
        if (fullRead != null) {
            audit.record(fullRead, MediationDeadlines.CASE_RECORD_TYPE, id.toString(), c.getDivisionCode(),
                    "查看案件 " + c.getCaseNo() + " 当事人完整" + (parts.anyFullIdNumber() ? "身份证号码及联系电话" : "联系电话"));
        }
        return views.detail(c, parts, full);
    }

    /**
     * One page (core {@link Listing}: counted at most up to its cap, else {@code Sifa-Total-Lower-Bound}), by number
     * or after a cursor (keyset paging, {@code page.nextCursor}).
     */
    @Transactional(readOnly = true)
    public ListPage<CaseListItem> list(CaseFilter filter, Pageable pageable, Keyset keyset) {
        LocalDate today = workflow.today();
        return listing.page(MediationCase.class, specification(filter, today), pageable, keyset, rows -> views.listItems(rows, today));
    }

    /** The whole filtered list, streamed as CSV or XLSX by the core {@link Listing}. */
    @Transactional(readOnly = true)
    public void export(CaseFilter filter, Sort sort, HttpServletResponse response, ExportFormat format,
                       List<ExportColumn<CaseListItem>> columns) {
        LocalDate today = workflow.today();
        listing.export(response, format, "调解案件", columns, MediationCase.class, specification(filter, today), sort,
                rows -> views.listItems(rows, today));
    }

    private Specification<MediationCase> specification(CaseFilter filter, LocalDate today) {
        filter.validate();
        SifaPrincipal caller = CurrentCaller.get();
        return filter.toSpecification(scope, dueDates, today, caller.subject(), caller.organizationId());
    }

    /**
     * 修改登记信息 (PUT): If-Match is required (428 without, 412 when stale). A party's ID number or phone sent back in
     * its masked form (as the detail showed it to a role without full view) keeps the stored full value; any other
     * masked value is refused, so a full number is never overwritten with stars.
     */
    public CaseView update(UUID id, String ifMatch, UpdateCaseRequest r) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new org.springframework.web.ErrorResponseException(org.springframework.http.HttpStatus.PRECONDITION_REQUIRED,
                    org.springframework.http.ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.PRECONDITION_REQUIRED,
                            "修改案件须带 If-Match(查看案件时的 ETag)"), null);
        }
        MediationCase c = load(id);
        Etags.checkIfMatch(ifMatch, c.getVersion());
        java.util.Map<UUID, CaseParty> stored = new java.util.HashMap<>();
        c.getParties().forEach(p -> stored.put(p.getId(), p));
        ValidationException.Collector errors = new ValidationException.Collector();
        List<MediationCase.PartyEdit> edits = new java.util.ArrayList<>();
        for (int i = 0; i < r.parties().size(); i++) {
            UpdatePartyRequest p = r.parties().get(i);
            String path = "parties[" + i + "]";
            CaseParty before = p.id() == null ? null : stored.get(p.id());
            if (p.id() != null && before == null) {
                errors.add(path + ".id", "unknown-party", "当事人 " + p.id() + " 不属于本案");
            }
            String idNumber;
            if (blankToNull(p.idNumber()) != null && p.kind() == PartyKind.ORGANIZATION) {
                idNumber = null;
                errors.add(path + ".idNumber", "not-applicable", "组织当事人应填写统一社会信用代码,不填身份证号码");
            } else {
                idNumber = MaskedEdits.idNumber(p.idNumber(), before == null ? null : before.getIdNumber(), path + ".idNumber", errors);
                if (idNumber != null && !idNumber.contains("*") && !CitizenId.isValid(idNumber)) {
                    errors.add(path + ".idNumber", "invalid-citizen-id", "身份证号码不正确");
                }
            }
            String phone = MaskedEdits.phone(p.phone(), before == null ? null : before.getPhone(), path + ".phone", errors);
            edits.add(new MediationCase.PartyEdit(before == null ? null : p.id(), p.role(), p.kind(), p.name().trim(),
                    idNumber, blankToNull(p.creditCode()), phone));
        }
        errors.throwIfAny();
        Transition t = c.edit(r.source(), r.disputeType(), r.difficulty(), r.summary().trim(), r.amountInvolved(), edits,
                workflow.today());
        if (t != null) {
            workflow.apply(c, t);
            cases.saveAndFlush(c);
        }
        return views.detail(c, seesFullIds());
    }

    public CaseView accept(UUID id, String ifMatch, AcceptRequest r) {
        return step(id, ifMatch, c -> {
            ValidationException.Collector errors = new ValidationException.Collector();
            if (r.committeeId() != null && !committees.existsById(r.committeeId())) {
                errors.add("committeeId", "unknown-committee", "调委会 " + r.committeeId() + " 不存在");
            }
            List<Mediator> found = activeMediators(r.mediatorIds(), "mediatorIds", errors);
            errors.throwIfAny();
            String assignee = found.stream().map(Mediator::getUsername).filter(u -> u != null && !u.isBlank()).findFirst()
                    .orElseGet(() -> CurrentCaller.get().kind() == SifaPrincipal.Kind.STAFF ? CurrentCaller.get().subject() : null);
            return c.accept(r.acceptedOn(), workflow.today(), r.committeeId(), new LinkedHashSet<>(r.mediatorIds()),
                    r.difficulty(), assignee);
        });
    }

    public CaseView decline(UUID id, String ifMatch, DeclineRequest r) {
        return step(id, ifMatch, c -> c.decline(r.declinedOn(), workflow.today(), r.reasonCode(), r.reason().trim(), r.routes()));
    }

    public CaseView session(UUID id, String ifMatch, SessionRequest r) {
        return step(id, ifMatch, c -> {
            ValidationException.Collector errors = new ValidationException.Collector();
            if (r.mediatorIds() != null && !r.mediatorIds().isEmpty()) {
                activeMediators(r.mediatorIds(), "mediatorIds", errors);
            }
            errors.throwIfAny();
            List<Attendee> attendees = r.attendees() == null ? List.of()
                    : r.attendees().stream().map(a -> new Attendee(a.name().trim(), a.kind(), a.relation())).toList();
            return c.startSession(r.heldOn(), workflow.today(), r.place().trim(), r.notes(), Boolean.TRUE.equals(r.publicSession()),
                    Boolean.TRUE.equals(r.inviteesConsented()), r.mediatorIds(), attendees);
        });
    }

    public CaseView escalationReport(UUID id, String ifMatch, EscalationReportRequest r) {
        return step(id, ifMatch, c -> c.reportEscalation(r.reportedOn(), workflow.today(), r.policeStation().trim(), r.measures()));
    }

    public CaseView agreement(UUID id, String ifMatch, AgreementRequest r) {
        return step(id, ifMatch, c -> c.recordAgreement(r.form(), r.terms(), r.amount(), r.effectiveOn(), r.performBy(), workflow.today()));
    }

    public CaseView fail(UUID id, String ifMatch, FailRequest r) {
        return step(id, ifMatch, c -> c.fail(r.failedOn(), workflow.today(), r.reason().trim(), r.routes()));
    }

    public CaseView performance(UUID id, String ifMatch, PerformanceRequest r) {
        return step(id, ifMatch, c -> c.recordPerformance(r.result(), r.checkedOn(), workflow.today(), r.note()));
    }

    /** Records the application (and the ruling when already known), or the ruling on a pending application. */
    public CaseView judicialConfirmation(UUID id, String ifMatch, JudicialConfirmationRequest r) {
        MediationCase c = load(id);
        Etags.checkIfMatch(ifMatch, c.getVersion());
        LocalDate today = workflow.today();
        if (c.isJudicialConfirmationPending()) {
            if (r.result() == null) {
                throw ValidationException.of("result", "required", "已申请司法确认,请填写法院裁定结果");
            }
            workflow.apply(c, c.decideJudicialConfirmation(r.result(), r.decidedOn(), today));
        } else {
            if (r.court() == null || r.court().isBlank()) {
                c.requireAllowed(CaseAction.JUDICIAL_CONFIRMATION);
                throw ValidationException.of("court", "required", "请填写受理司法确认申请的人民法院");
            }
            workflow.apply(c, c.applyJudicialConfirmation(r.appliedOn(), r.registeredOn(), today, r.court().trim()));
            if (r.result() != null) {
                workflow.apply(c, c.decideJudicialConfirmation(r.result(), r.decidedOn(), today));
            }
        }
        cases.saveAndFlush(c);
        return views.detail(c, seesFullIds());
    }

    public CaseView followUp(UUID id, String ifMatch, FollowUpRequest r) {
        return step(id, ifMatch, c -> c.followUp(r.visitedOn(), workflow.today(), r.method(), r.visitor(), r.notes(), r.satisfied()));
    }

    public CaseView archive(UUID id, String ifMatch, ArchiveRequest r) {
        ArchiveRequest body = r == null ? new ArchiveRequest(null, null) : r;
        return step(id, ifMatch, c -> c.archive(body.archivedOn(), workflow.today(), body.note()));
    }

    /** Loads a case the caller may act on, for steps that live in other features (expert requests, screenings). */
    public MediationCase load(UUID id) {
        return cases.findById(id).orElseThrow(() -> new NotFoundException("调解案件", id));
    }

    /** Joins a mediator to the case (an expert who accepted a request), recording it in the history. */
    public void addMediator(MediationCase c, UUID mediatorId, LocalDate on, String comment) {
        if (c.addMediator(mediatorId)) {
            workflow.apply(c, Transition.event("expert-joined", c.getStatus(), on, comment));
        }
    }

    public void recordEvent(MediationCase c, String action, LocalDate on, String comment) {
        workflow.apply(c, Transition.event(action, c.getStatus(), on, comment));
    }

    /** Today by the core Clock. */
    public LocalDate today() {
        return workflow.today();
    }

    private CaseView step(UUID id, String ifMatch, Function<MediationCase, Transition> action) {
        MediationCase c = workflow.step(load(id), ifMatch, action);
        cases.saveAndFlush(c);
        return views.detail(c, seesFullIds());
    }

    private List<Mediator> activeMediators(List<UUID> ids, String field, ValidationException.Collector errors) {
        Set<UUID> wanted = new HashSet<>(ids);
        List<Mediator> found = mediators.findByIdIn(wanted);
        Set<UUID> ok = new HashSet<>();
        found.stream().filter(Mediator::isActive).forEach(m -> ok.add(m.getId()));
        for (int i = 0; i < ids.size(); i++) {
            if (!ok.contains(ids.get(i))) {
                errors.add(field + "[" + i + "]", "unknown-mediator", "调解员 " + ids.get(i) + " 不存在或已停用");
            }
        }
        return found;
    }

    private static boolean seesFullIds() {
        return CaseViews.seesFullIds(CurrentCaller.get());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
