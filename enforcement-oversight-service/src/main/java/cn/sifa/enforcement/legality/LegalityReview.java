package cn.sifa.enforcement.legality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.legalreview.ReviewOpinion;
import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.Transition;
import cn.sifa.enforcement.workflow.EnforcementRecord;

/**
 * 合法性审查 of a major administrative decision, a government contract (with its amount) or a meeting agenda item:
 * RECEIVED → OPINION_GIVEN → CLOSED once whether the opinion was adopted is recorded.
 */
@Entity
@Table(name = "enf_legality_review")
@Audited
public class LegalityReview extends EnforcementRecord {

    public static final String RECORD_TYPE = "legality-reviews";
    public static final String DEADLINE_RULE = "ENF_LEGALITY_REVIEW";

    static final StateMachine<LegalityStatus> FLOW = new StateMachine<>(LegalityStatus.class)
            .allow(LegalityStatus.RECEIVED, "give-opinion", LegalityStatus.OPINION_GIVEN)
            .allow(LegalityStatus.OPINION_GIVEN, "record-adoption", LegalityStatus.CLOSED);

    @Enumerated(EnumType.STRING)
    private LegalitySubjectType subjectType;
    private String title;
    private String requestingUnit;
    private BigDecimal amount;
    private LocalDate meetingOn;
    private LocalDate receivedOn;
    @Enumerated(EnumType.STRING)
    private LegalityStatus status;
    @Enumerated(EnumType.STRING)
    private ReviewOpinion opinion;
    private String opinionText;
    private LocalDate opinionOn;
    private Boolean adopted;
    private LocalDate adoptionOn;

    protected LegalityReview() {
    }

    LegalityReview(String divisionCode, LegalitySubjectType subjectType, String title, String requestingUnit, BigDecimal amount,
                   LocalDate meetingOn, LocalDate receivedOn) {
        super(divisionCode);
        this.subjectType = subjectType;
        this.title = title;
        this.requestingUnit = requestingUnit;
        this.amount = amount;
        this.meetingOn = meetingOn;
        this.receivedOn = receivedOn;
        this.status = LegalityStatus.RECEIVED;
    }

    /** 受理: opens the review period. */
    Transition registration() {
        return Transition.of("receive", null, status, receivedOn, null, Transition.open(DEADLINE_RULE, receivedOn));
    }

    Transition giveOpinion(ReviewOpinion opinion, String text, LocalDate on, LocalDate today) {
        FLOW.check("give-opinion", status);
        this.opinionOn = StepDates.of("opinionOn", on, today, receivedOn, "受理日期");
        this.opinion = opinion;
        this.opinionText = text;
        LegalityStatus from = status;
        status = LegalityStatus.OPINION_GIVEN;
        return Transition.of("give-opinion", from, status, opinionOn, text, Transition.meet(DEADLINE_RULE, opinionOn));
    }

    Transition recordAdoption(boolean adopted, LocalDate on, LocalDate today) {
        FLOW.check("record-adoption", status);
        this.adoptionOn = StepDates.of("recordedOn", on, today, opinionOn, "意见出具日期");
        this.adopted = adopted;
        LegalityStatus from = status;
        status = LegalityStatus.CLOSED;
        return Transition.of("record-adoption", from, status, adoptionOn, adopted ? "意见已采纳" : "意见未采纳");
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public LegalityStatus status() {
        return status;
    }

    @Override
    public List<String> allowedActions() {
        return FLOW.actionsFrom(status);
    }

    @Override
    public String reference() {
        return title;
    }

    public LegalitySubjectType getSubjectType() {
        return subjectType;
    }

    public String getTitle() {
        return title;
    }

    public String getRequestingUnit() {
        return requestingUnit;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getMeetingOn() {
        return meetingOn;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LegalityStatus getStatus() {
        return status;
    }

    public ReviewOpinion getOpinion() {
        return opinion;
    }

    public String getOpinionText() {
        return opinionText;
    }

    public LocalDate getOpinionOn() {
        return opinionOn;
    }

    public Boolean getAdopted() {
        return adopted;
    }

    public LocalDate getAdoptionOn() {
        return adoptionOn;
    }
}
