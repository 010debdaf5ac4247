package cn.sifa.review.reconsideration;

import java.time.LocalDate;
import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.deadline.DeadlineStatus;
import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.person.PersonalData;
import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.core.workflow.WorkflowStateMapping;

@Mapper(componentModel = "spring")
interface ReconsiderationMapper {

    @WorkflowStateMapping
    @Mapping(target = "status", source = "r.status")
    @Mapping(target = "version", source = "r.version")
    @Mapping(target = "actCategoryLabel", expression = "java(r.getActCategory().label())")
    @Mapping(target = "channelLabel", expression = "java(r.getChannel().label())")
    @Mapping(target = "statusLabel", expression = "java(r.getStatus().label())")
    @Mapping(target = "outcomeLabel", expression = "java(r.getOutcome() == null ? null : r.getOutcome().label())")
    @Mapping(target = "deemedAccepted", expression = "java(deemedAccepted(r, state))")
    @Mapping(target = "applicants", expression = "java(parties(r.getApplicants(), full, true))")
    @Mapping(target = "thirdParties", expression = "java(parties(r.getThirdParties(), full, true))")
    @Mapping(target = "normativeReviews", source = "reviews")
    ReconsiderationView detail(Reconsideration r, WorkflowState state, boolean full, List<NormativeReviewView> reviews);

    @Mapping(target = "actCategoryLabel", expression = "java(r.getActCategory().label())")
    @Mapping(target = "statusLabel", expression = "java(r.getStatus().label())")
    @Mapping(target = "outcomeLabel", expression = "java(r.getOutcome() == null ? null : r.getOutcome().label())")
    @Mapping(target = "deemedAccepted", expression = "java(r.deemedAccepted(r.getNextDueOn(), today))")
    @Mapping(target = "overdue", expression = "java(r.isOverdue(today) || r.isNormativeReviewOverdue(today))")
    @Mapping(target = "nextDueOn", expression = "java(r.nextDueWithReviews())")
    @Mapping(target = "allowedActions", expression = "java(r.allowedActions())")
    @Mapping(target = "applicants", expression = "java(parties(r.getApplicants(), false, false))")
    @Mapping(target = "normativeReviewPending", expression = "java(r.isNormativeReviewPending())")
    ReconsiderationListItem row(Reconsideration r, @Context LocalDate today);

    List<ReconsiderationListItem> rows(List<Reconsideration> rows, @Context LocalDate today);

    /** Parties as answers: ID numbers and phones in full only when {@code full}; addresses only in a detail. */
    default List<PartyView> parties(List<ReconsiderationParty> parties, boolean full, boolean detail) {
        return parties.stream().map(p -> new PartyView(p.getKind(), p.getKind().label(), p.getName(),
                PersonalData.idNumber(p.getIdNumber(), full), p.getCreditCode(), PersonalData.phone(p.getPhone(), full),
                detail ? p.getAddress() : null, p.getAgentName() == null ? null
                        : new PartyView.AgentView(p.getAgentName(), PersonalData.phone(p.getAgentPhone(), full)))).toList();
    }

    /** One 附带审查 with its own periods (read by the service: {@code deadlines}). */
    default NormativeReviewView normativeReview(NormativeReview n, List<DeadlineView> deadlines) {
        WorkflowState own = new WorkflowState(n.status().name(), n.allowedActions(), deadlines,
                deadlines.stream().anyMatch(d -> d.status() == DeadlineStatus.OVERDUE), List.of());
        return new NormativeReviewView(n.getId(), n.status(), n.status().label(), n.getSource(), n.getSource().label(),
                n.getDocument(), n.getIssuingBody(), n.getProvisions(), n.getRequestedOn(), n.getStartedOn(), n.getCompetent(),
                n.getNotifiedOn(), n.getTransferredOn(), n.getTransferee(), n.getRepliedOn(), n.getReply(), n.getResult(),
                n.getResult() == null ? null : n.getResult().label(), n.getConcludedOn(), n.getResultNote(),
                n.status() == NormativeReviewStatus.UNDER_WAY, deadlines, own.nextDueOn(), own.overdue(),
                n.allowedActions());
    }

    /** 视为受理 (第30条): the acceptance review has passed with the application still undecided. */
    default boolean deemedAccepted(Reconsideration r, WorkflowState state) {
        return r.getStatus() == ReconsiderationStatus.RECEIVED && state.deadlines().stream()
                .anyMatch(d -> Reconsideration.ACCEPTANCE_REVIEW.equals(d.kind()) && d.status() == DeadlineStatus.OVERDUE);
    }
}
