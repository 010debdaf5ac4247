package cn.sifa.mediation.expert;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.mediation.dispute.CaseAction;
import cn.sifa.mediation.dispute.CaseWorkflow;
import cn.sifa.mediation.dispute.MediationCase;
import cn.sifa.mediation.expert.ExpertRequestController.ExpertRequestCreate;
import cn.sifa.mediation.expert.ExpertRequestController.ExpertRequestView;
import cn.sifa.mediation.expert.ExpertRequestController.ExpertResponse;
import cn.sifa.mediation.mediator.Mediator;
import cn.sifa.mediation.mediator.Mediators;

/**
 * Expert requests as workflow records: each answer goes through the core {@link Workflow} applier (If-Match, 409
 * with the allowed actions, a history row), and an accepted request joins the expert to the case in the same
 * transaction, with a history row on the case.
 */
@Service
@Transactional
class ExpertRequestService {

    private final ExpertRequests requests;
    private final Mediators mediators;
    private final CaseWorkflow cases;
    private final Workflow workflow;
    private final Listing listing;
    private final ExpertRequestMapper mapper;

    ExpertRequestService(ExpertRequests requests, Mediators mediators, CaseWorkflow cases, Workflow workflow, Listing listing,
                         ExpertRequestMapper mapper) {
        this.mapper = mapper;
        this.requests = requests;
        this.mediators = mediators;
        this.cases = cases;
        this.workflow = workflow;
        this.listing = listing;
    }

    @Transactional(readOnly = true)
    ListPage<ExpertRequestView> list(Specification<ExpertRequest> spec, Pageable pageable) {
        LocalDate today = workflow.today();
        return listing.page(ExpertRequest.class, spec, pageable,
                rows -> rows.stream().map(e -> mapper.view(e, WorkflowState.row(e, today))).toList());
    }

    ExpertRequestView create(ExpertRequestCreate r) {
        MediationCase c = cases.load(r.caseId());
        c.requireAllowed(CaseAction.EXPERT_REQUEST);
        LocalDate today = workflow.today();
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
        ExpertRequest e = workflow.create(new ExpertRequest(c.getDivisionCode(), c.getId(), r.specialty(), on, r.note(), r.expertId()),
                ExpertRequest::registration);
        cases.recordEvent(c, CaseAction.EXPERT_REQUEST.path(), on, "向调解专家库点单:" + r.specialty().label());
        return detail(e);
    }

    @Transactional(readOnly = true)
    ExpertRequestView get(UUID id) {
        return detail(load(id));
    }

    /** The detail: status, deadlines, overdue, allowed actions and history at the top level, from the core workflow. */
    private ExpertRequestView detail(ExpertRequest e) {
        return mapper.view(e, workflow.state(e));
    }

    ExpertRequestView accept(UUID id, String ifMatch, ExpertResponse r) {
        ExpertRequest loaded = load(id);
        Mediator expert = responder(r.expertId(), loaded);
        ExpertRequest e = workflow.step(loaded, ifMatch, x -> x.accept(expert, r.respondedOn(), workflow.today(), r.note()));
        cases.addMediator(cases.load(e.getCaseId()), expert.getId(), e.getRespondedOn(), "专家 " + expert.getName() + " 接单参与调解");
        requests.flush();
        return detail(e);
    }

    ExpertRequestView decline(UUID id, String ifMatch, ExpertResponse r) {
        ExpertRequest loaded = load(id);
        Mediator expert = responder(r.expertId(), loaded);
        ExpertRequest e = workflow.step(loaded, ifMatch, x -> x.decline(expert, r.respondedOn(), workflow.today(), r.note()));
        requests.flush();
        return detail(e);
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
}
