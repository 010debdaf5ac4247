package cn.sifa.enforcement.legality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.scope.DivisionScopedEntity;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.legalreview.ReviewOpinion;
import cn.sifa.enforcement.support.StateMachine;

/**
 * 合法性审查 of a major administrative decision, a government contract (with its amount) or a meeting agenda item:
 * RECEIVED → OPINION_GIVEN → CLOSED once whether the opinion was adopted is recorded.
 */
@Entity
@Table(name = "enf_legality_review")
@Audited
public class LegalityReview extends DivisionScopedEntity {

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

    LegalityStatus giveOpinion(ReviewOpinion opinion, String text, LocalDate on) {
        FLOW.check("give-opinion", status);
        this.opinionOn = StepDates.of("opinionOn", on, receivedOn, "受理日期");
        this.opinion = opinion;
        this.opinionText = text;
        return status = LegalityStatus.OPINION_GIVEN;
    }

    LegalityStatus recordAdoption(boolean adopted, LocalDate on) {
        FLOW.check("record-adoption", status);
        this.adoptionOn = StepDates.of("recordedOn", on, opinionOn, "意见出具日期");
        this.adopted = adopted;
        return status = LegalityStatus.CLOSED;
    }

    List<String> allowedActions() {
        return FLOW.actionsFrom(status);
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
