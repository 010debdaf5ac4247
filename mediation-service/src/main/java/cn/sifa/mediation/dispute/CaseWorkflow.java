package cn.sifa.mediation.dispute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.audit.AuditLog;
import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.deadline.DeadlineTarget;
import cn.sifa.core.deadline.Deadlines;
import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.TransitionLog;
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
import cn.sifa.mediation.mediator.Mediator;
import cn.sifa.mediation.mediator.Mediators;

/**
 * Carries out case steps: loads the case in the caller's scope (else 404), checks If-Match (412), lets the aggregate
 * decide (409/400), then writes the history row and the deadlines the transition names. One transaction per step,
 * flushed before returning so that a lost race answers 409 and leaves nothing written.
 */
@Service("mediationCaseWorkflow")
@Transactional
public class CaseWorkflow {

    /** Rows per JDBC fetch and per persistence-context chunk of an export. */
    static final int EXPORT_CHUNK = 500;

    @PersistenceContext
    private EntityManager entityManager;

    private final MediationCases cases;
    private final Committees committees;
    private final Mediators mediators;
    private final CaseNumbering numbering;
    private final DivisionScope scope;
    private final Deadlines deadlines;
    private final DeadlineCalculator calculator;
    private final TransitionLog transitions;
    private final AuditLog audit;
    private final CaseViews views;

    CaseWorkflow(MediationCases cases, Committees committees, Mediators mediators, CaseNumbering numbering,
                 DivisionScope scope, Deadlines deadlines, DeadlineCalculator calculator, TransitionLog transitions,
                 AuditLog audit, CaseViews views) {
        this.cases = cases;
        this.committees = committees;
        this.mediators = mediators;
        this.numbering = numbering;
        this.scope = scope;
        this.deadlines = deadlines;
        this.calculator = calculator;
        this.transitions = transitions;
        this.audit = audit;
        this.views = views;
    }

    /** Registers a dispute; also used when a screening becomes a case. */
    public MediationCase register(CreateCaseRequest request) {
        LocalDate today = StepDates.today();
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
        apply(saved, saved.registration());
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
        if (full && c.getParties().stream().anyMatch(p -> p.getIdNumber() != null)) {
            audit.record("read-full-id-number", MediationDeadlines.CASE_RECORD_TYPE, id.toString(), c.getDivisionCode(),
                    "查看案件 " + c.getCaseNo() + " 当事人完整身份证号码");
        }
        return views.detail(c, full);
    }

    /**
     * One page, without counting the whole subtree: the page is read with one row more than it shows (is there a
     * next page?), and only when there is one are the matching rows counted, at most {@link #COUNT_CAP} + 1 of them.
     * Up to the cap {@code totalElements} is exact; beyond it, it is a lower bound and {@link CasePage#totalExact()}
     * is false (docs/mediation.md, "Case list").
     */
    @Transactional(readOnly = true)
    public CasePage list(CaseFilter filter, Pageable pageable) {
        scope.planWithActualPrefix();
        LocalDate today = StepDates.today();
        Specification<MediationCase> spec = specification(filter, today);
        Slice<MediationCase> slice = cases.findBy(spec, q -> q.sortBy(pageable.getSort()).slice(pageable));
        long seen = pageable.getOffset() + slice.getNumberOfElements();
        long total = seen;
        boolean exact = true;
        if (slice.hasNext() || (slice.isEmpty() && pageable.getOffset() > 0)) {
            long counted = cases.countAtMost(spec, countCap + 1);
            exact = counted <= countCap;
            // Past the cap: the cap, or what this page proves exists if it lies beyond the cap.
            total = exact ? counted : Math.max(countCap, seen + 1);
        }
        List<CaseListItem> content = slice.getContent().stream().map(c -> views.listItem(c, today)).toList();
        int size = pageable.getPageSize();
        return new CasePage(new PageView<>(content, new PageView.PageMeta(size, pageable.getPageNumber(), total,
                (int) ((total + size - 1) / size))), exact);
    }

    /** Above this many matching cases, a list page does not count them exactly. */
    static final int COUNT_CAP = 10_000;
    /** {@link #COUNT_CAP}; tests lower it rather than create 10,000 cases. */
    int countCap = COUNT_CAP;

    /** A page of the case list, and whether its {@code totalElements} is exact (else a lower bound). */
    public record CasePage(PageView<CaseListItem> page, boolean totalExact) {
    }

    /**
     * The whole filtered list, for export; the caller keeps the transaction open while it reads the stream. Streams
     * with constant memory: pgjdbc reads {@link #EXPORT_CHUNK} rows at a time (a fetch size, autocommit is off inside
     * the transaction), the parties of a chunk come in one batch query, and the persistence context is cleared after
     * each chunk, so neither the result nor the managed cases accumulate.
     */
    @Transactional(readOnly = true)
    public <R> R export(CaseFilter filter, Sort sort, Function<Stream<CaseListItem>, R> writer) {
        scope.planWithActualPrefix();
        LocalDate today = StepDates.today();
        var spec = specification(filter, today);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<MediationCase> query = cb.createQuery(MediationCase.class);
        Root<MediationCase> root = query.from(MediationCase.class);
        Predicate where = spec.toPredicate(root, query, cb);
        if (where != null) {
            query.where(where);
        }
        query.orderBy(QueryUtils.toOrders(sort, root, cb));
        Session session = entityManager.unwrap(Session.class);
        int batchSize = session.getFetchBatchSize();
        session.setFetchBatchSize(EXPORT_CHUNK);
        try (Stream<MediationCase> rows = entityManager.createQuery(query)
                .setHint(HibernateHints.HINT_FETCH_SIZE, EXPORT_CHUNK)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()) {
            Iterator<MediationCase> source = rows.iterator();
            Iterator<CaseListItem> items = new Iterator<>() {
                private List<CaseListItem> chunk = List.of();
                private int next;

                @Override
                public boolean hasNext() {
                    if (next < chunk.size()) {
                        return true;
                    }
                    entityManager.clear();
                    List<MediationCase> read = new ArrayList<>(EXPORT_CHUNK);
                    while (read.size() < EXPORT_CHUNK && source.hasNext()) {
                        read.add(source.next());
                    }
                    // The first getParties() loads the parties of every case of the chunk (fetch batch size).
                    chunk = read.stream().map(c -> views.listItem(c, today)).toList();
                    next = 0;
                    return !chunk.isEmpty();
                }

                @Override
                public CaseListItem next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return chunk.get(next++);
                }
            };
            return writer.apply(StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false));
        } finally {
            session.setFetchBatchSize(batchSize);
        }
    }

    private Specification<MediationCase> specification(CaseFilter filter, LocalDate today) {
        filter.validate();
        SifaPrincipal caller = CurrentCaller.get();
        String prefix = scope.narrowTo(filter.divisionCode());
        // The caller's whole scope is the divisionScope filter's job; repeat the prefix only when it narrows it.
        return filter.toSpecification(prefix.equals(scope.sqlPrefix()) ? null : prefix, today, dueSoonUntil(today),
                caller.subject(), caller.organizationId());
    }

    /** The third working day from today: "due soon" means within 3 working days (SERVICE-CHECKLIST). */
    LocalDate dueSoonUntil(LocalDate today) {
        LocalDate day = today;
        int counted = 0;
        while (counted < 3) {
            day = day.plusDays(1);
            if (calculator.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
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
            return c.accept(r.acceptedOn(), StepDates.today(), r.committeeId(), new LinkedHashSet<>(r.mediatorIds()),
                    r.difficulty(), assignee);
        });
    }

    public CaseView decline(UUID id, String ifMatch, DeclineRequest r) {
        return step(id, ifMatch, c -> c.decline(r.declinedOn(), StepDates.today(), r.reasonCode(), r.reason().trim(), r.routes()));
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
            return c.startSession(r.heldOn(), StepDates.today(), r.place().trim(), r.notes(), Boolean.TRUE.equals(r.publicSession()),
                    Boolean.TRUE.equals(r.inviteesConsented()), r.mediatorIds(), attendees);
        });
    }

    public CaseView escalationReport(UUID id, String ifMatch, EscalationReportRequest r) {
        return step(id, ifMatch, c -> c.reportEscalation(r.reportedOn(), StepDates.today(), r.policeStation().trim(), r.measures()));
    }

    public CaseView agreement(UUID id, String ifMatch, AgreementRequest r) {
        return step(id, ifMatch, c -> c.recordAgreement(r.form(), r.terms(), r.amount(), r.effectiveOn(), r.performBy(), StepDates.today()));
    }

    public CaseView fail(UUID id, String ifMatch, FailRequest r) {
        return step(id, ifMatch, c -> c.fail(r.failedOn(), StepDates.today(), r.reason().trim(), r.routes()));
    }

    public CaseView performance(UUID id, String ifMatch, PerformanceRequest r) {
        return step(id, ifMatch, c -> c.recordPerformance(r.result(), r.checkedOn(), StepDates.today(), r.note()));
    }

    /** Records the application (and the ruling when already known), or the ruling on a pending application. */
    public CaseView judicialConfirmation(UUID id, String ifMatch, JudicialConfirmationRequest r) {
        MediationCase c = load(id);
        Etags.checkIfMatch(ifMatch, c.getVersion());
        LocalDate today = StepDates.today();
        if (c.isJudicialConfirmationPending()) {
            if (r.result() == null) {
                throw ValidationException.of("result", "required", "已申请司法确认,请填写法院裁定结果");
            }
            apply(c, c.decideJudicialConfirmation(r.result(), r.decidedOn(), today));
        } else {
            if (r.court() == null || r.court().isBlank()) {
                c.requireAllowed(CaseAction.JUDICIAL_CONFIRMATION);
                throw ValidationException.of("court", "required", "请填写受理司法确认申请的人民法院");
            }
            apply(c, c.applyJudicialConfirmation(r.appliedOn(), today, r.court().trim()));
            if (r.result() != null) {
                apply(c, c.decideJudicialConfirmation(r.result(), r.decidedOn(), today));
            }
        }
        cases.saveAndFlush(c);
        return views.detail(c, seesFullIds());
    }

    public CaseView followUp(UUID id, String ifMatch, FollowUpRequest r) {
        return step(id, ifMatch, c -> c.followUp(r.visitedOn(), StepDates.today(), r.method(), r.visitor(), r.notes(), r.satisfied()));
    }

    public CaseView archive(UUID id, String ifMatch, ArchiveRequest r) {
        ArchiveRequest body = r == null ? new ArchiveRequest(null, null) : r;
        return step(id, ifMatch, c -> c.archive(body.archivedOn(), StepDates.today(), body.note()));
    }

    /** Loads a case the caller may act on, for steps that live in other features (expert requests, screenings). */
    public MediationCase load(UUID id) {
        return cases.findById(id).orElseThrow(() -> new NotFoundException("调解案件", id));
    }

    /** Joins a mediator to the case (an expert who accepted a request), recording it in the history. */
    public void addMediator(MediationCase c, UUID mediatorId, LocalDate on, String comment) {
        if (c.addMediator(mediatorId)) {
            transitions.record(MediationDeadlines.CASE_RECORD_TYPE, c.getId(), c.getDivisionCode(), "expert-joined",
                    c.getStatus().name(), c.getStatus().name(), on, comment);
        }
    }

    public void recordEvent(MediationCase c, String action, LocalDate on, String comment) {
        transitions.record(MediationDeadlines.CASE_RECORD_TYPE, c.getId(), c.getDivisionCode(), action,
                c.getStatus().name(), c.getStatus().name(), on, comment);
    }

    private CaseView step(UUID id, String ifMatch, Function<MediationCase, Transition> action) {
        MediationCase c = load(id);
        Etags.checkIfMatch(ifMatch, c.getVersion());
        apply(c, action.apply(c));
        cases.saveAndFlush(c);
        return views.detail(c, seesFullIds());
    }

    private void apply(MediationCase c, Transition t) {
        transitions.record(MediationDeadlines.CASE_RECORD_TYPE, c.getId(), c.getDivisionCode(), t.action().path(),
                t.from() == null ? null : t.from().name(), t.to().name(), t.on(), t.comment());
        DeadlineTarget target = new DeadlineTarget(MediationDeadlines.CASE_RECORD_TYPE, c.getId(), c.getDivisionCode(),
                c.getAssignee(), c.getOrganizationId(), c.getCaseNo(), "/mediation/cases/" + c.getId());
        for (Transition.DeadlineEffect effect : t.deadlines()) {
            if (effect instanceof Transition.Open open) {
                deadlines.open(target, open.rule(), open.anchor());
            } else if (effect instanceof Transition.Meet meet) {
                deadlines.meet(c.getId(), meet.rule(), meet.on());
            } else if (effect instanceof Transition.Cancel cancel) {
                deadlines.cancel(c.getId(), cancel.rule());
            } else {
                deadlines.cancelAll(c.getId());
            }
        }
        if (!t.deadlines().isEmpty()) {
            c.nextDueOn(CaseViews.nextDue(deadlines.of(c.getId())));
        }
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
