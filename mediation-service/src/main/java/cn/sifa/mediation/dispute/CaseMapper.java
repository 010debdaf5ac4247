package cn.sifa.mediation.dispute;

import java.time.LocalDate;
import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.person.CitizenId;
import cn.sifa.core.person.PersonalData;
import cn.sifa.core.person.Phone;
import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.core.workflow.WorkflowStateMapping;

/**
 * Entity → view mapping of a case. The workflow fields ({@code status}, {@code deadlines}, {@code overdue},
 * {@code allowedActions}, {@code history}) come from the core {@code Workflow.state(record)} and sit at the top level;
 * list rows map from the entity, whose next due date is read from {@code core_deadline}.
 */
@Mapper(componentModel = "spring")
abstract class CaseMapper {

    @Mapping(target = "id", source = "c.id")
    @Mapping(target = "caseNo", source = "c.caseNo")
    @Mapping(target = "status", expression = "java(CaseStatus.valueOf(state.status()))")
    @Mapping(target = "statusLabel", expression = "java(CaseStatus.valueOf(state.status()).label())")
    @Mapping(target = "divisionCode", source = "c.divisionCode")
    @Mapping(target = "committee", expression = "java(c.getCommitteeId() == null ? null : new CaseView.Ref(c.getCommitteeId(), parts.committee()))")
    @Mapping(target = "source", source = "c.source")
    @Mapping(target = "sourceLabel", expression = "java(c.getSource().label())")
    @Mapping(target = "disputeType", source = "c.disputeType")
    @Mapping(target = "disputeTypeLabel", expression = "java(c.getDisputeType().label())")
    @Mapping(target = "difficulty", source = "c.difficulty")
    @Mapping(target = "summary", source = "c.summary")
    @Mapping(target = "amountInvolved", source = "c.amountInvolved")
    @Mapping(target = "receivedOn", source = "c.receivedOn")
    @Mapping(target = "acceptedOn", source = "c.acceptedOn")
    @Mapping(target = "assignee", source = "c.assignee")
    @Mapping(target = "mediators", expression = "java(parts.mediators())")
    @Mapping(target = "parties", expression = "java(parties(parts.parties(), fullIds))")
    @Mapping(target = "sessions", expression = "java(sessions(parts.sessions()))")
    @Mapping(target = "decline", expression = "java(decline(c))")
    @Mapping(target = "escalation", expression = "java(escalation(c))")
    @Mapping(target = "agreement", expression = "java(agreement(c))")
    @Mapping(target = "failure", expression = "java(failure(c))")
    @Mapping(target = "performance", expression = "java(performance(c))")
    @Mapping(target = "judicialConfirmation", expression = "java(confirmation(c))")
    @Mapping(target = "followUps", expression = "java(parts.followUps())")
    @Mapping(target = "archivedOn", source = "c.archivedOn")
    @WorkflowStateMapping
    @Mapping(target = "version", source = "c.version")
    abstract CaseView detail(MediationCase c, WorkflowState state, CaseParts parts, boolean fullIds);

    /**
     * A list row: the same status, next due date (from {@code core_deadline}) and {@code overdue} as the record's
     * detail; ID numbers and phones always masked.
     */
    @Mapping(target = "statusLabel", expression = "java(c.getStatus().label())")
    @Mapping(target = "sourceLabel", expression = "java(c.getSource().label())")
    @Mapping(target = "disputeTypeLabel", expression = "java(c.getDisputeType().label())")
    @Mapping(target = "parties", expression = "java(maskedParties(c.getParties()))")
    @Mapping(target = "nextDueOn", source = "c.nextDueOn")
    @Mapping(target = "overdue", expression = "java(c.isOverdue(today))")
    abstract CaseListItem listItem(MediationCase c, LocalDate today);

    /** Rows of a chunk of cases (their parties load in one batch: fetch batch size). */
    List<CaseListItem> listItems(List<MediationCase> rows, LocalDate today) {
        return rows.stream().map(c -> listItem(c, today)).toList();
    }

    List<CaseView.PartyView> maskedParties(List<CaseParty> parties) {
        return parties.stream().map(p -> new CaseView.PartyView(p.getRole(), p.getRole().label(), p.getKind(), p.getName(),
                CitizenId.mask(p.getIdNumber()), p.getCreditCode(), Phone.mask(p.getPhone()), p.getId())).toList();
    }

    List<CaseView.PartyView> parties(List<CaseParts.Party> parties, boolean fullIds) {
        return parties.stream().map(p -> new CaseView.PartyView(p.role(), p.role().label(), p.kind(), p.name(),
                PersonalData.idNumber(p.idNumber(), fullIds), p.creditCode(), PersonalData.phone(p.phone(), fullIds), p.id())).toList();
    }

    List<CaseView.SessionView> sessions(List<CaseParts.Session> sessions) {
        return sessions.stream().map(s -> new CaseView.SessionView(s.id(), s.heldOn(), s.place(), s.mediators(),
                s.attendees().stream().map(a -> new CaseView.AttendeeView(a.name(), a.kind(), a.kind().label(),
                        a.relation() == null || a.relation().isEmpty() ? null : a.relation())).toList(),
                s.inviteesConsented(), s.publicSession(), s.notes())).toList();
    }

    CaseView.DeclineView decline(MediationCase c) {
        return c.getDeclinedOn() == null ? null
                : new CaseView.DeclineView(c.getDeclinedOn(), c.getDeclineReasonCode(), c.getDeclineReason(), c.getRoutesTold());
    }

    CaseView.EscalationView escalation(MediationCase c) {
        return new CaseView.EscalationView(c.isEscalationRisk(), c.getPoliceReportedOn(), c.getPoliceStation(), c.getEscalationMeasures());
    }

    CaseView.AgreementView agreement(MediationCase c) {
        Agreement a = c.getAgreement();
        return a == null ? null : new CaseView.AgreementView(a.getForm(), a.getTerms(), a.getAmount(), a.getEffectiveOn(), a.getPerformBy());
    }

    CaseView.FailureView failure(MediationCase c) {
        return c.getFailedOn() == null ? null : new CaseView.FailureView(c.getFailedOn(), c.getFailReason(), c.getRoutesTold());
    }

    CaseView.PerformanceView performance(MediationCase c) {
        return c.getPerformanceResult() == null ? null
                : new CaseView.PerformanceView(c.getPerformanceResult(), c.getPerformanceCheckedOn(), c.getPerformanceNote());
    }

    CaseView.ConfirmationView confirmation(MediationCase c) {
        JudicialConfirmation jc = c.getJudicialConfirmation();
        return jc == null ? null
                : new CaseView.ConfirmationView(jc.getAppliedOn(), jc.getRegisteredOn(), jc.getCourt(), jc.getResult(), jc.getDecidedOn());
    }
}
