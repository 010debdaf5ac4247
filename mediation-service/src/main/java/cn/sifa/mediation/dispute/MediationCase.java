package cn.sifa.mediation.dispute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.error.InvalidTransitionException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition.DeadlineEffect;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.WorkflowEntity;

/**
 * A people's mediation case (人民调解法 Arts 17–33), the aggregate that guards its own workflow:
 * {@code REGISTERED → ACCEPTED | DECLINED; ACCEPTED → MEDIATING → AGREEMENT_REACHED | FAILED; → ARCHIVED}.
 * After an agreement, performance, judicial confirmation and follow-up visits are recorded beside
 * AGREEMENT_REACHED, because they happen independently of each other. Each step checks the state (409) and its
 * date (400: never in the future, before receipt or before the previous step) and returns the {@link Transition}
 * to record, with the deadlines it opens, meets or cancels.
 */
@Entity
@Audited
@Table(name = "med_case")
public class MediationCase extends WorkflowEntity {

    /**
     * The steps each state allows: the one table that refuses an illegal step (409) and lists the portal's buttons.
     * After an agreement some steps also depend on what was recorded (see {@link #guard}).
     */
    static final StateMachine<CaseStatus> STEPS = new StateMachine<>(CaseStatus.class)
            .allow(CaseStatus.REGISTERED, CaseAction.ACCEPT.path(), CaseStatus.ACCEPTED)
            .allow(CaseStatus.REGISTERED, CaseAction.DECLINE.path(), CaseStatus.DECLINED)
            .allow(CaseStatus.ACCEPTED, CaseAction.SESSION.path(), CaseStatus.MEDIATING)
            .allow(CaseStatus.ACCEPTED, CaseAction.ESCALATION_REPORT.path())
            .allow(CaseStatus.ACCEPTED, CaseAction.EXPERT_REQUEST.path())
            .allow(CaseStatus.MEDIATING, CaseAction.SESSION.path())
            .allow(CaseStatus.MEDIATING, CaseAction.ESCALATION_REPORT.path())
            .allow(CaseStatus.MEDIATING, CaseAction.EXPERT_REQUEST.path())
            .allow(CaseStatus.MEDIATING, CaseAction.AGREEMENT.path(), CaseStatus.AGREEMENT_REACHED)
            .allow(CaseStatus.MEDIATING, CaseAction.FAIL.path(), CaseStatus.FAILED)
            .allow(CaseStatus.DECLINED, CaseAction.ARCHIVE.path(), CaseStatus.ARCHIVED)
            .allow(CaseStatus.FAILED, CaseAction.ARCHIVE.path(), CaseStatus.ARCHIVED)
            .allow(CaseStatus.AGREEMENT_REACHED, CaseAction.PERFORMANCE.path())
            .allow(CaseStatus.AGREEMENT_REACHED, CaseAction.JUDICIAL_CONFIRMATION.path())
            .allow(CaseStatus.AGREEMENT_REACHED, CaseAction.FOLLOW_UP.path())
            .allow(CaseStatus.AGREEMENT_REACHED, CaseAction.ARCHIVE.path(), CaseStatus.ARCHIVED);

    /** Record type of the case's history and deadline rows. */
    public static final String RECORD_TYPE = MediationDeadlines.CASE_RECORD_TYPE;


    @Column(nullable = false, updatable = false)
    private String caseNo;

    private UUID committeeId;
    private UUID screeningId;
    private UUID organizationId;
    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisputeType disputeType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Difficulty difficulty = Difficulty.ORDINARY;

    @Column(nullable = false)
    private String summary;

    private BigDecimal amountInvolved;

    @Column(nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    /** Date of the latest step: no later step may be dated before it. */
    @Column(nullable = false)
    private LocalDate lastStepOn;

    private LocalDate acceptedOn;

    private LocalDate declinedOn;
    @Enumerated(EnumType.STRING)
    private DeclineReason declineReasonCode;
    private String declineReason;

    @Convert(converter = RouteListConverter.class)
    private List<ResolutionRoute> routesTold = new ArrayList<>();

    private LocalDate mediatingSince;
    @Column(nullable = false)
    private int sessionCount;

    @Column(nullable = false)
    private boolean escalationRisk;
    private LocalDate policeReportedOn;
    private String policeStation;
    private String escalationMeasures;

    @Embedded
    private Agreement agreement;

    private LocalDate failedOn;
    private String failReason;

    @Enumerated(EnumType.STRING)
    private PerformanceResult performanceResult;
    private LocalDate performanceCheckedOn;
    private String performanceNote;

    @Embedded
    private JudicialConfirmation judicialConfirmation;

    @Column(nullable = false)
    private int followUpCount;

    private LocalDate archivedOn;
    private String archiveNote;

    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<CaseParty> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "med_case_mediator", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "mediator_id", nullable = false)
    private Set<UUID> mediatorIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("heldOn, id")
    private List<MediationSession> sessions = new ArrayList<>();

    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("visitedOn, id")
    private List<FollowUp> followUps = new ArrayList<>();

    protected MediationCase() {
    }

    /** Registers a dispute (登记). The service has validated the input and drawn the case number. */
    public MediationCase(String divisionCode, String caseNo, CaseSource source, DisputeType disputeType, String summary,
                         BigDecimal amountInvolved, LocalDate receivedOn, UUID committeeId, UUID organizationId,
                         String assignee, List<CaseParty> parties, boolean escalationRisk) {
        super(divisionCode);
        this.caseNo = caseNo;
        this.source = source;
        this.disputeType = disputeType;
        this.summary = summary;
        this.amountInvolved = amountInvolved;
        this.receivedOn = receivedOn;
        this.lastStepOn = receivedOn;
        this.committeeId = committeeId;
        this.organizationId = organizationId;
        this.assignee = assignee;
        this.escalationRisk = escalationRisk;
        this.status = CaseStatus.REGISTERED;
        for (int i = 0; i < parties.size(); i++) {
            CaseParty party = parties.get(i);
            party.attach(this, i);
            this.parties.add(party);
        }
    }

    public Transition registration() {
        return Transition.of(CaseAction.REGISTER.path(), null, CaseStatus.REGISTERED, receivedOn, source.label());
    }

    /**
     * 修改登记信息: a clerk corrects what was registered (not the state, division, committee or mediators). Refused
     * once the case is archived (the file is closed). Parties are matched by id: a listed existing party is updated in
     * place, an unlisted one removed, one without id added. Returns the history event naming what changed, or null
     * when nothing did.
     */
    public Transition edit(CaseSource source, DisputeType disputeType, Difficulty difficulty, String summary,
                           BigDecimal amountInvolved, List<PartyEdit> edits, LocalDate today) {
        if (status == CaseStatus.ARCHIVED) {
            throw new cn.sifa.core.error.ConflictException("案件已归档,不能再修改登记信息");
        }
        List<String> changes = new ArrayList<>();
        if (this.source != source) {
            changes.add("纠纷来源 " + this.source.label() + "→" + source.label());
        }
        if (this.disputeType != disputeType) {
            changes.add("纠纷类型 " + this.disputeType.label() + "→" + disputeType.label());
        }
        if (this.difficulty != difficulty) {
            changes.add("难易程度 " + this.difficulty.label() + "→" + difficulty.label());
        }
        if (!this.summary.equals(summary)) {
            changes.add("纠纷简要情况");
        }
        if (!sameAmount(this.amountInvolved, amountInvolved)) {
            changes.add("涉及金额 " + amountText(this.amountInvolved) + "→" + amountText(amountInvolved));
        }
        this.source = source;
        this.disputeType = disputeType;
        this.difficulty = difficulty;
        this.summary = summary;
        this.amountInvolved = amountInvolved;

        java.util.Map<UUID, CaseParty> existing = new java.util.LinkedHashMap<>();
        parties.forEach(p -> existing.put(p.getId(), p));
        List<CaseParty> next = new ArrayList<>();
        List<String> partyChanges = new ArrayList<>();
        for (PartyEdit e : edits) {
            CaseParty kept = e.id() == null ? null : existing.remove(e.id());
            if (kept == null) {
                kept = new CaseParty(e.role(), e.kind(), e.name(), e.idNumber(), e.creditCode(), e.phone());
                partyChanges.add("新增 " + e.name());
            } else {
                String before = kept.getName();
                if (kept.update(e.role(), e.kind(), e.name(), e.idNumber(), e.creditCode(), e.phone())) {
                    partyChanges.add("修改 " + (before.equals(e.name()) ? before : before + "→" + e.name()));
                }
            }
            next.add(kept);
        }
        existing.values().forEach(p -> partyChanges.add("删除 " + p.getName()));
        if (partyChanges.isEmpty() && !next.stream().map(CaseParty::getId).toList()
                .equals(parties.stream().map(CaseParty::getId).toList())) {
            partyChanges.add("调整顺序");
        }
        parties.clear();
        for (int i = 0; i < next.size(); i++) {
            next.get(i).attach(this, i);
            parties.add(next.get(i));
        }
        if (!partyChanges.isEmpty()) {
            changes.add("当事人(" + String.join("、", partyChanges) + ")");
        }
        if (changes.isEmpty()) {
            return null;
        }
        return Transition.event(CaseWorkflow.EDIT, status, today, "修改:" + String.join(";", changes));
    }

    /** One party of an edit, with its full ID number and phone (the service resolved masked values). */
    public record PartyEdit(UUID id, PartyRole role, PartyKind kind, String name, String idNumber, String creditCode,
                            String phone) {
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String amountText(BigDecimal a) {
        return a == null ? "未填" : a.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "元";
    }

    /** The case came out of a proactive screening. */
    public void fromScreening(UUID screeningId) {
        this.screeningId = screeningId;
    }

    /** An expert from the pool joins the mediators; false if already one of them. */
    public boolean addMediator(UUID mediatorId) {
        return mediatorIds.add(mediatorId);
    }

    /** The steps the current state allows, in workflow order; the portal shows exactly these as buttons. */
    @Override
    public List<String> allowedActions() {
        return STEPS.actionsFrom(status).stream().filter(this::guard).toList();
    }

    /** {@link #allowedActions()} as the enum, in the same order. */
    public List<CaseAction> allowedCaseActions() {
        List<String> allowed = allowedActions();
        return java.util.Arrays.stream(CaseAction.values()).filter(a -> allowed.contains(a.path()))
                .sorted(java.util.Comparator.comparingInt(a -> allowed.indexOf(a.path()))).toList();
    }

    /** What the table allows from AGREEMENT_REACHED also depends on performance and judicial confirmation. */
    private boolean guard(String action) {
        if (status != CaseStatus.AGREEMENT_REACHED) {
            return true;
        }
        if (action.equals(CaseAction.PERFORMANCE.path())) {
            return performanceResult != PerformanceResult.PERFORMED;
        }
        if (action.equals(CaseAction.JUDICIAL_CONFIRMATION.path())) {
            return confirmationPending() || (judicialConfirmation == null && agreement.getForm() == AgreementForm.WRITTEN
                    && performanceResult != PerformanceResult.PERFORMED);
        }
        if (action.equals(CaseAction.ARCHIVE.path())) {
            return !confirmationPending();
        }
        return true;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public CaseStatus status() {
        return status;
    }

    @Override
    public String reference() {
        return caseNo;
    }

    @Override
    public String link() {
        return "/mediation/cases/" + getId();
    }

    @Override
    public String assignee() {
        return assignee;
    }

    @Override
    public UUID unitOrganizationId() {
        return organizationId;
    }

    private boolean confirmationPending() {
        return judicialConfirmation != null && !judicialConfirmation.isDecided();
    }

    private void require(CaseAction action) {
        STEPS.check(action.path(), status);
        if (!guard(action.path())) {
            throw new InvalidTransitionException(action.path(), status.name(), allowedActions());
        }
    }

    /** The committee may only step in where the state allows (used by expert requests, which live outside). */
    public void requireAllowed(CaseAction action) {
        require(action);
    }

    private LocalDate stepDate(String field, LocalDate requested, LocalDate today) {
        LocalDate on = requested == null ? today : requested;
        StepDates.require(field, on, today, receivedOn, lastStepOn);
        return on;
    }

    private Transition move(CaseAction action, CaseStatus to, LocalDate on, String comment, DeadlineEffect... effects) {
        CaseStatus from = status;
        status = to;
        lastStepOn = on;
        return Transition.of(action.path(), from, to, on, comment, effects);
    }

    /** 受理: opens the mediation time limit, counted from the acceptance date. */
    public Transition accept(LocalDate acceptedOn, LocalDate today, UUID committeeId, Collection<UUID> mediators,
                             Difficulty difficulty, String assignee) {
        require(CaseAction.ACCEPT);
        LocalDate on = stepDate("acceptedOn", acceptedOn, today);
        if (mediators == null || mediators.isEmpty()) {
            throw ValidationException.of("mediatorIds", "required", "受理时至少指定一名调解员");
        }
        if (committeeId != null) {
            this.committeeId = committeeId;
        }
        if (difficulty != null) {
            this.difficulty = difficulty;
        }
        if (assignee != null) {
            this.assignee = assignee;
        }
        this.mediatorIds.clear();
        this.mediatorIds.addAll(mediators);
        this.acceptedOn = on;
        return move(CaseAction.ACCEPT, CaseStatus.ACCEPTED, on, mediators.size() + " 名调解员",
                Transition.open(MediationDeadlines.MEDIATION_TIME_LIMIT, on));
    }

    /** 不予受理: the reason (a party's refusal is one, Art 17) and the routes the parties were told of. */
    public Transition decline(LocalDate declinedOn, LocalDate today, DeclineReason reasonCode, String reason,
                              List<ResolutionRoute> routes) {
        require(CaseAction.DECLINE);
        LocalDate on = stepDate("declinedOn", declinedOn, today);
        this.declinedOn = on;
        this.declineReasonCode = reasonCode == null ? DeclineReason.OTHER : reasonCode;
        this.declineReason = reason;
        this.routesTold = routes == null ? new ArrayList<>() : new ArrayList<>(routes);
        return move(CaseAction.DECLINE, CaseStatus.DECLINED, on, this.declineReasonCode.label() + ":" + reason);
    }

    /**
     * Records a session; the first one starts the mediation (ACCEPTED → MEDIATING). Invited persons may attend
     * only with the parties' consent (Art 20).
     */
    public Transition startSession(LocalDate heldOn, LocalDate today, String place, String notes, boolean publicSession,
                                   boolean inviteesConsented, Collection<UUID> sessionMediators, Collection<Attendee> attendees) {
        require(CaseAction.SESSION);
        LocalDate on = stepDate("heldOn", heldOn, today);
        boolean invites = attendees != null && attendees.stream().anyMatch(a -> a.getKind() == AttendeeKind.INVITED);
        if (invites && !inviteesConsented) {
            throw ValidationException.of("inviteesConsented", "consent-required",
                    "邀请当事人以外的人员参与调解须征得当事人同意(《人民调解法》第二十条)");
        }
        Set<UUID> who = sessionMediators == null || sessionMediators.isEmpty() ? mediatorIds : new LinkedHashSet<>(sessionMediators);
        sessions.add(new MediationSession(this, on, place, notes, publicSession, inviteesConsented, who,
                attendees == null ? Set.of() : new LinkedHashSet<>(attendees)));
        sessionCount++;
        if (mediatingSince == null) {
            mediatingSince = on;
        }
        return move(CaseAction.SESSION, CaseStatus.MEDIATING, on, "第" + sessionCount + "次调解:" + place);
    }

    /** Art 25: a dispute that may turn violent or criminal is reported to the police; mediation goes on. */
    public Transition reportEscalation(LocalDate reportedOn, LocalDate today, String policeStation, String measures) {
        require(CaseAction.ESCALATION_REPORT);
        LocalDate on = stepDate("reportedOn", reportedOn, today);
        this.escalationRisk = true;
        this.policeReportedOn = on;
        this.policeStation = policeStation;
        this.escalationMeasures = measures;
        return move(CaseAction.ESCALATION_REPORT, status, on, "已报告 " + policeStation);
    }

    /**
     * 达成调解协议: meets the mediation time limit and, for a written agreement, opens the 30 days within which the
     * parties may apply for judicial confirmation (Art 33), counted from the agreement's effective date.
     */
    public Transition recordAgreement(AgreementForm form, String terms, BigDecimal amount, LocalDate effectiveOn,
                                      LocalDate performBy, LocalDate today) {
        require(CaseAction.AGREEMENT);
        LocalDate on = stepDate("effectiveOn", effectiveOn, today);
        if (performBy != null && performBy.isBefore(on)) {
            throw ValidationException.of("performBy", "date-order", "履行期限 " + performBy + " 不能早于协议生效日期 " + on);
        }
        this.agreement = new Agreement(form, terms, amount, on, performBy);
        List<DeadlineEffect> effects = new ArrayList<>();
        effects.add(Transition.meet(MediationDeadlines.MEDIATION_TIME_LIMIT, on));
        if (form == AgreementForm.WRITTEN) {
            effects.add(Transition.open(MediationDeadlines.JUDICIAL_CONFIRMATION_APPLICATION, on));
        }
        return move(CaseAction.AGREEMENT, CaseStatus.AGREEMENT_REACHED, on, form.label()
                + (amount == null ? "" : ",金额 " + amount.toPlainString() + " 元"), effects.toArray(DeadlineEffect[]::new));
    }

    /** 终止调解 (Art 26): the reason and the other routes the parties were told of. */
    public Transition fail(LocalDate failedOn, LocalDate today, String reason, List<ResolutionRoute> routes) {
        require(CaseAction.FAIL);
        LocalDate on = stepDate("failedOn", failedOn, today);
        this.failedOn = on;
        this.failReason = reason;
        this.routesTold = routes == null ? new ArrayList<>() : new ArrayList<>(routes);
        return move(CaseAction.FAIL, CaseStatus.FAILED, on, reason, Transition.meet(MediationDeadlines.MEDIATION_TIME_LIMIT, on));
    }

    /** Performance monitoring (Art 31). Once performed, judicial confirmation no longer matters. */
    public Transition recordPerformance(PerformanceResult result, LocalDate checkedOn, LocalDate today, String note) {
        require(CaseAction.PERFORMANCE);
        LocalDate on = stepDate("checkedOn", checkedOn, today);
        this.performanceResult = result;
        this.performanceCheckedOn = on;
        this.performanceNote = note;
        boolean moot = result == PerformanceResult.PERFORMED && judicialConfirmation == null;
        return moot
                ? move(CaseAction.PERFORMANCE, status, on, result.label(), Transition.cancel(MediationDeadlines.JUDICIAL_CONFIRMATION_APPLICATION))
                : move(CaseAction.PERFORMANCE, status, on, result.label());
    }

    /**
     * The parties applied to the court (Art 33). The court's 30 days (民诉法 Art 187, shown for information) count from
     * its registration of the application (立案), which defaults to the application date.
     */
    public Transition applyJudicialConfirmation(LocalDate appliedOn, LocalDate registeredOn, LocalDate today, String court) {
        require(CaseAction.JUDICIAL_CONFIRMATION);
        if (judicialConfirmation != null) {
            throw new InvalidTransitionException("judicial-confirmation(apply)", status.name(), List.of("judicial-confirmation(decide)"));
        }
        LocalDate on = stepDate("appliedOn", appliedOn, today);
        LocalDate registered = registeredOn == null ? on : registeredOn;
        StepDates.require("registeredOn", registered, today, receivedOn, on);
        this.judicialConfirmation = new JudicialConfirmation(on, registered, court);
        return move(CaseAction.JUDICIAL_CONFIRMATION, status, on, "向" + court + "申请司法确认"
                        + (registered.equals(on) ? "" : "," + registered + " 法院立案"),
                Transition.meet(MediationDeadlines.JUDICIAL_CONFIRMATION_APPLICATION, on),
                Transition.open(MediationDeadlines.JUDICIAL_CONFIRMATION_DECISION, registered));
    }

    public Transition decideJudicialConfirmation(ConfirmationResult result, LocalDate decidedOn, LocalDate today) {
        require(CaseAction.JUDICIAL_CONFIRMATION);
        if (!confirmationPending()) {
            throw new InvalidTransitionException("judicial-confirmation(decide)", status.name(), allowedActions());
        }
        LocalDate on = stepDate("decidedOn", decidedOn, today);
        LocalDate registered = judicialConfirmation.getRegisteredOn();
        if (registered != null && on.isBefore(registered)) {
            throw ValidationException.of("decidedOn", "date-order", "裁定日期 " + on + " 不能早于法院立案日期 " + registered);
        }
        judicialConfirmation.decide(result, on);
        return move(CaseAction.JUDICIAL_CONFIRMATION, status, on, judicialConfirmation.getCourt() + result.label(),
                Transition.meet(MediationDeadlines.JUDICIAL_CONFIRMATION_DECISION, on));
    }

    public boolean isJudicialConfirmationPending() {
        return confirmationPending();
    }

    /** 回访 after an agreement. */
    public Transition followUp(LocalDate visitedOn, LocalDate today, FollowUpMethod method, String visitor, String notes,
                               Boolean satisfied) {
        require(CaseAction.FOLLOW_UP);
        LocalDate on = stepDate("visitedOn", visitedOn, today);
        followUps.add(new FollowUp(this, on, method, visitor, notes, satisfied));
        followUpCount++;
        return move(CaseAction.FOLLOW_UP, status, on, method.label() + (satisfied == null ? "" : satisfied ? ",当事人满意" : ",当事人不满意"));
    }

    /** 归档 (Art 27): the file is closed and every deadline still open no longer applies. */
    public Transition archive(LocalDate archivedOn, LocalDate today, String note) {
        require(CaseAction.ARCHIVE);
        LocalDate on = stepDate("archivedOn", archivedOn, today);
        this.archivedOn = on;
        this.archiveNote = note;
        return move(CaseAction.ARCHIVE, CaseStatus.ARCHIVED, on, note, Transition.cancelAll());
    }

    public String getCaseNo() {
        return caseNo;
    }

    public UUID getCommitteeId() {
        return committeeId;
    }

    public UUID getScreeningId() {
        return screeningId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getAssignee() {
        return assignee;
    }

    public CaseSource getSource() {
        return source;
    }

    public DisputeType getDisputeType() {
        return disputeType;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public String getSummary() {
        return summary;
    }

    public BigDecimal getAmountInvolved() {
        return amountInvolved;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public LocalDate getLastStepOn() {
        return lastStepOn;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public LocalDate getDeclinedOn() {
        return declinedOn;
    }

    public DeclineReason getDeclineReasonCode() {
        return declineReasonCode;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public List<ResolutionRoute> getRoutesTold() {
        return List.copyOf(routesTold);
    }

    public LocalDate getMediatingSince() {
        return mediatingSince;
    }

    public int getSessionCount() {
        return sessionCount;
    }

    public boolean isEscalationRisk() {
        return escalationRisk;
    }

    public LocalDate getPoliceReportedOn() {
        return policeReportedOn;
    }

    public String getPoliceStation() {
        return policeStation;
    }

    public String getEscalationMeasures() {
        return escalationMeasures;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public LocalDate getFailedOn() {
        return failedOn;
    }

    public String getFailReason() {
        return failReason;
    }

    public PerformanceResult getPerformanceResult() {
        return performanceResult;
    }

    public LocalDate getPerformanceCheckedOn() {
        return performanceCheckedOn;
    }

    public String getPerformanceNote() {
        return performanceNote;
    }

    public JudicialConfirmation getJudicialConfirmation() {
        return judicialConfirmation;
    }

    public int getFollowUpCount() {
        return followUpCount;
    }

    public LocalDate getArchivedOn() {
        return archivedOn;
    }

    public String getArchiveNote() {
        return archiveNote;
    }

    public List<CaseParty> getParties() {
        return List.copyOf(parties);
    }

    public Set<UUID> getMediatorIds() {
        return Set.copyOf(mediatorIds);
    }

    public List<MediationSession> getSessions() {
        return List.copyOf(sessions);
    }

    public List<FollowUp> getFollowUps() {
        return List.copyOf(followUps);
    }
}
