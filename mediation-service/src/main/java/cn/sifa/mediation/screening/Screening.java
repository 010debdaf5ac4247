package cn.sifa.mediation.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.WorkflowEntity;
import cn.sifa.mediation.dispute.DisputeType;

/**
 * A proactive screening (矛盾纠纷排查): where, what kind of dispute, who, how risky, and whether it may turn into a
 * public-order or criminal case (民转刑). It stays OPEN until it becomes a case or is resolved on the spot.
 */
@Entity
@Table(name = "med_screening")
public class Screening extends WorkflowEntity {

    public static final String RECORD_TYPE = "mediation-screening";

    /** OPEN until it becomes a case or is resolved on the spot: the table that refuses a step and lists the buttons. */
    static final StateMachine<ScreeningStatus> STEPS = new StateMachine<>(ScreeningStatus.class)
            .allow(ScreeningStatus.OPEN, "convert", ScreeningStatus.CONVERTED)
            .allow(ScreeningStatus.OPEN, "resolve", ScreeningStatus.RESOLVED);


    private UUID committeeId;
    private UUID mediatorId;

    @Column(nullable = false)
    private LocalDate screenedOn;

    @Column(nullable = false)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisputeType disputeType;

    @Column(nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskLevel riskLevel;

    @Column(nullable = false)
    private boolean escalationRisk;

    private String measures;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ScreeningStatus status = ScreeningStatus.OPEN;

    private UUID caseId;
    private LocalDate resolvedOn;

    @ElementCollection
    @CollectionTable(name = "med_screening_party", joinColumns = @JoinColumn(name = "screening_id"))
    @OrderColumn(name = "sort_order")
    private List<ScreeningParty> parties = new ArrayList<>();

    protected Screening() {
    }

    public Screening(String divisionCode, UUID committeeId, UUID mediatorId, LocalDate screenedOn, String place,
                     DisputeType disputeType, String summary, RiskLevel riskLevel, boolean escalationRisk,
                     String measures, List<ScreeningParty> parties) {
        super(divisionCode);
        this.committeeId = committeeId;
        this.mediatorId = mediatorId;
        this.screenedOn = screenedOn;
        this.place = place;
        this.disputeType = disputeType;
        this.summary = summary;
        this.riskLevel = riskLevel;
        this.escalationRisk = escalationRisk;
        this.measures = measures;
        this.parties.addAll(parties);
    }

    /** The history row of the screening itself (排查登记). */
    public Transition registration() {
        return Transition.of("register", null, status, screenedOn, place);
    }

    /** The screening becomes a case received on {@code receivedOn}, which may not precede the screening. */
    public Transition convertedTo(UUID caseId, LocalDate receivedOn, LocalDate today) {
        STEPS.check("convert", status);
        StepDates.require("receivedOn", receivedOn, today, screenedOn, screenedOn);
        this.caseId = caseId;
        this.status = ScreeningStatus.CONVERTED;
        return Transition.of("convert", ScreeningStatus.OPEN, status, receivedOn, "转为调解案件");
    }

    public void linkCase(UUID caseId) {
        this.caseId = caseId;
    }

    /** Resolved on the spot, no case needed. */
    public Transition resolve(LocalDate on, LocalDate today, String measures) {
        STEPS.check("resolve", status);
        StepDates.require("resolvedOn", on, today, screenedOn, screenedOn);
        this.resolvedOn = on;
        this.status = ScreeningStatus.RESOLVED;
        if (measures != null) {
            this.measures = measures;
        }
        return Transition.of("resolve", ScreeningStatus.OPEN, status, on, measures);
    }

    @Override
    public List<String> allowedActions() {
        return STEPS.actionsFrom(status);
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public ScreeningStatus status() {
        return status;
    }

    @Override
    public String reference() {
        return "排查 " + screenedOn + " " + place;
    }

    @Override
    public String link() {
        return "/mediation/screenings/" + getId();
    }

    @Override
    public String assignee() {
        return null;
    }

    @Override
    public UUID unitOrganizationId() {
        return null;
    }

    public UUID getCommitteeId() {
        return committeeId;
    }

    public UUID getMediatorId() {
        return mediatorId;
    }

    public LocalDate getScreenedOn() {
        return screenedOn;
    }

    public String getPlace() {
        return place;
    }

    public DisputeType getDisputeType() {
        return disputeType;
    }

    public String getSummary() {
        return summary;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public boolean isEscalationRisk() {
        return escalationRisk;
    }

    public String getMeasures() {
        return measures;
    }

    public ScreeningStatus getStatus() {
        return status;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public List<ScreeningParty> getParties() {
        return List.copyOf(parties);
    }
}
