package cn.sifa.mediation.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.mediation.committee.Committees;
import cn.sifa.mediation.dispute.CaseRequests.CreateCaseRequest;
import cn.sifa.mediation.dispute.CaseRequests.PartyRequest;
import cn.sifa.mediation.dispute.CaseSource;
import cn.sifa.mediation.dispute.CaseView;
import cn.sifa.mediation.dispute.CaseViews;
import cn.sifa.mediation.dispute.CaseWorkflow;
import cn.sifa.mediation.dispute.MediationCase;
import cn.sifa.mediation.mediator.Mediators;
import cn.sifa.mediation.screening.ScreeningController.ConvertRequest;
import cn.sifa.mediation.screening.ScreeningController.ResolveRequest;
import cn.sifa.mediation.screening.ScreeningController.ScreeningRequest;

/**
 * Screenings as workflow records: each step goes through the core {@link Workflow} applier, which checks If-Match,
 * lets the screening decide (409 with its allowed actions) and writes the history row. A conversion registers the
 * case in the same transaction, so a screening is never CONVERTED without its case.
 */
@Service
@Transactional
class ScreeningService {

    private final Screenings screenings;
    private final Committees committees;
    private final Mediators mediators;
    private final DivisionScope scope;
    private final Workflow workflow;
    private final CaseWorkflow cases;
    private final CaseViews caseViews;
    private final Listing listing;
    private final ScreeningMapper mapper;

    ScreeningService(Screenings screenings, Committees committees, Mediators mediators, DivisionScope scope,
                     Workflow workflow, CaseWorkflow cases, CaseViews caseViews, Listing listing, ScreeningMapper mapper) {
        this.listing = listing;
        this.mapper = mapper;
        this.screenings = screenings;
        this.committees = committees;
        this.mediators = mediators;
        this.scope = scope;
        this.workflow = workflow;
        this.cases = cases;
        this.caseViews = caseViews;
    }

    @Transactional(readOnly = true)
    ListPage<ScreeningController.ScreeningView> list(Specification<Screening> spec, Pageable pageable) {
        LocalDate today = workflow.today();
        return listing.page(Screening.class, spec, pageable,
                rows -> rows.stream().map(s -> mapper.view(s, WorkflowState.row(s, today))).toList());
    }

    ScreeningController.ScreeningView create(ScreeningRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        LocalDate today = workflow.today();
        LocalDate on = r.screenedOn() == null ? today : r.screenedOn();
        ValidationException.Collector errors = new ValidationException.Collector();
        StepDates.notInFuture(errors, "screenedOn", on, today);
        if (r.committeeId() != null && !committees.existsById(r.committeeId())) {
            errors.add("committeeId", "unknown-committee", "调委会不存在");
        }
        if (r.mediatorId() != null && !mediators.existsById(r.mediatorId())) {
            errors.add("mediatorId", "unknown-mediator", "调解员不存在");
        }
        errors.throwIfAny();
        Screening s = new Screening(division, r.committeeId(), r.mediatorId(), on, r.place().trim(), r.disputeType(), r.summary().trim(),
                r.riskLevel(), Boolean.TRUE.equals(r.escalationRisk()), r.measures(),
                r.parties().stream().map(p -> new ScreeningParty(p.role(), p.kind(), p.name().trim(),
                        p.idNumber() == null || p.idNumber().isBlank() ? null : p.idNumber().trim().toUpperCase(),
                        p.creditCode(), p.phone())).toList());
        return detail(workflow.create(s, Screening::registration));
    }

    @Transactional(readOnly = true)
    ScreeningController.ScreeningView get(UUID id) {
        return detail(load(id));
    }

    /** The detail: status, deadlines, overdue, allowed actions and history at the top level, from the core workflow. */
    private ScreeningController.ScreeningView detail(Screening s) {
        return mapper.view(s, workflow.state(s));
    }

    /** The screening becomes a case (source PROACTIVE unless named); answers the new case. */
    CaseView convert(UUID id, String ifMatch, ConvertRequest r) {
        LocalDate today = workflow.today();
        LocalDate receivedOn = r.receivedOn() == null ? today : r.receivedOn();
        Screening s = workflow.step(load(id), ifMatch, x -> x.convertedTo(null, receivedOn, today));
        List<PartyRequest> parties = s.getParties().stream().map(p -> new PartyRequest(p.getRole(), p.getKind(), p.getName(),
                p.getIdNumber(), p.getCreditCode(), p.getPhone())).toList();
        MediationCase c = cases.register(new CreateCaseRequest(s.getDivisionCode(),
                r.committeeId() != null ? r.committeeId() : s.getCommitteeId(),
                r.source() == null ? CaseSource.PROACTIVE : r.source(), s.getDisputeType(), s.getSummary(), null, receivedOn,
                s.isEscalationRisk(), parties));
        c.fromScreening(s.getId());
        s.linkCase(c.getId());
        screenings.saveAndFlush(s);
        return caseViews.detail(c, CaseViews.seesFullIds(CurrentCaller.get()));
    }

    ScreeningController.ScreeningView resolve(UUID id, String ifMatch, ResolveRequest r) {
        LocalDate today = workflow.today();
        Screening s = workflow.step(load(id), ifMatch, x -> x.resolve(r.resolvedOn() == null ? today : r.resolvedOn(), today, r.measures()));
        screenings.flush();
        return detail(s);
    }

    private Screening load(UUID id) {
        return screenings.findById(id).orElseThrow(() -> new NotFoundException("排查记录", id));
    }
}
