package cn.sifa.mediation.dispute;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.sifa.core.deadline.DeadlineStatus;
import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.deadline.Deadlines;
import cn.sifa.core.person.CitizenId;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.workflow.TransitionLog;
import cn.sifa.mediation.committee.Committee;
import cn.sifa.mediation.committee.Committees;
import cn.sifa.mediation.dispute.CaseView.Ref;
import cn.sifa.mediation.mediator.Mediator;
import cn.sifa.mediation.mediator.Mediators;

/** Turns cases into their views: names of referenced committees and mediators, deadlines, history, ID masking. */
@Component
public class CaseViews {

    /** Roles that see full ID numbers in a case's detail (each such read is audited). */
    public static final Set<Role> FULL_ID_ROLES = EnumSet.of(Role.MEDIATION_STAFF, Role.MEDIATOR, Role.SYSTEM_ADMIN);

    private static final Set<DeadlineStatus> OPEN = EnumSet.of(DeadlineStatus.PENDING, DeadlineStatus.DUE_SOON, DeadlineStatus.OVERDUE);

    private final Committees committees;
    private final Mediators mediators;
    private final Deadlines deadlines;
    private final TransitionLog transitions;

    CaseViews(Committees committees, Mediators mediators, Deadlines deadlines, TransitionLog transitions) {
        this.committees = committees;
        this.mediators = mediators;
        this.deadlines = deadlines;
        this.transitions = transitions;
    }

    public static boolean seesFullIds(SifaPrincipal caller) {
        return caller.kind() == SifaPrincipal.Kind.SYSTEM || caller.roles().stream().anyMatch(FULL_ID_ROLES::contains);
    }

    /** Earliest due date among the deadlines still open. */
    public static LocalDate nextDue(List<DeadlineView> views) {
        return views.stream().filter(d -> d.metOn() == null && OPEN.contains(d.status()))
                .map(DeadlineView::dueDate).min(Comparator.naturalOrder()).orElse(null);
    }

    public CaseView detail(MediationCase c, boolean fullIds) {
        Set<UUID> mediatorIds = new java.util.HashSet<>(c.getMediatorIds());
        c.getSessions().forEach(s -> mediatorIds.addAll(s.getMediatorIds()));
        Map<UUID, String> names = mediatorNames(mediatorIds);
        Ref committee = c.getCommitteeId() == null ? null
                : new Ref(c.getCommitteeId(), committees.findById(c.getCommitteeId()).map(Committee::getName).orElse(null));
        List<DeadlineView> due = deadlines.of(c.getId());
        Agreement a = c.getAgreement();
        JudicialConfirmation jc = c.getJudicialConfirmation();
        return new CaseView(c.getId(), c.getCaseNo(), c.getStatus(), c.getStatus().label(), c.getDivisionCode(), committee,
                c.getSource(), c.getSource().label(), c.getDisputeType(), c.getDisputeType().label(), c.getDifficulty(),
                c.getSummary(), c.getAmountInvolved(), c.getReceivedOn(), c.getAcceptedOn(), c.getAssignee(),
                refs(c.getMediatorIds(), names), parties(c.getParties(), fullIds),
                c.getSessions().stream().map(s -> new CaseView.SessionView(s.getId(), s.getHeldOn(), s.getPlace(),
                        refs(s.getMediatorIds(), names),
                        s.getAttendees().stream().sorted(Comparator.comparing(Attendee::getName))
                                .map(at -> new CaseView.AttendeeView(at.getName(), at.getKind(), at.getKind().label(),
                                        at.getRelation().isEmpty() ? null : at.getRelation())).toList(),
                        s.isInviteesConsented(), s.isPublicSession(), s.getNotes())).toList(),
                c.getDeclinedOn() == null ? null : new CaseView.DeclineView(c.getDeclinedOn(), c.getDeclineReasonCode(),
                        c.getDeclineReason(), c.getRoutesTold()),
                new CaseView.EscalationView(c.isEscalationRisk(), c.getPoliceReportedOn(), c.getPoliceStation(), c.getEscalationMeasures()),
                a == null ? null : new CaseView.AgreementView(a.getForm(), a.getTerms(), a.getAmount(), a.getEffectiveOn(), a.getPerformBy()),
                c.getFailedOn() == null ? null : new CaseView.FailureView(c.getFailedOn(), c.getFailReason(), c.getRoutesTold()),
                c.getPerformanceResult() == null ? null
                        : new CaseView.PerformanceView(c.getPerformanceResult(), c.getPerformanceCheckedOn(), c.getPerformanceNote()),
                jc == null ? null : new CaseView.ConfirmationView(jc.getAppliedOn(), jc.getRegisteredOn(), jc.getCourt(), jc.getResult(), jc.getDecidedOn()),
                c.getFollowUps().stream().map(f -> new CaseView.FollowUpView(f.getId(), f.getVisitedOn(), f.getMethod(),
                        f.getVisitor(), f.getNotes(), f.getSatisfied())).toList(),
                c.getArchivedOn(), due, due.stream().anyMatch(d -> d.status() == DeadlineStatus.OVERDUE),
                c.allowedActions(), transitions.of(c.getId()), c.getVersion());
    }

    /** List rows of a chunk of cases; their parties load in one batch (fetch batch size). */
    public List<CaseListItem> listItems(List<MediationCase> rows, LocalDate today) {
        return rows.stream().map(c -> listItem(c, today)).toList();
    }

    public CaseListItem listItem(MediationCase c, LocalDate today) {
        return new CaseListItem(c.getId(), c.getCaseNo(), c.getStatus(), c.getStatus().label(), c.getDivisionCode(),
                c.getSource(), c.getSource().label(), c.getDisputeType(), c.getDisputeType().label(), c.getSummary(),
                c.getReceivedOn(), parties(c.getParties(), false), c.getNextDueOn(),
                c.isOverdue(today), c.getAssignee());
    }

    private static List<CaseView.PartyView> parties(List<CaseParty> parties, boolean fullIds) {
        return parties.stream().map(p -> new CaseView.PartyView(p.getRole(), p.getRole().label(), p.getKind(), p.getName(),
                fullIds ? p.getIdNumber() : CitizenId.mask(p.getIdNumber()), p.getCreditCode(), p.getPhone())).toList();
    }

    private Map<UUID, String> mediatorNames(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return mediators.findByIdIn(ids).stream().collect(Collectors.toMap(Mediator::getId, Mediator::getName));
    }

    private static List<Ref> refs(Collection<UUID> ids, Map<UUID, String> names) {
        return ids.stream().map(id -> new Ref(id, names.get(id)))
                .sorted(Comparator.comparing(Ref::name, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

}
