package cn.sifa.enforcement.legalreview;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.enforcement.officer.Officer;
import cn.sifa.enforcement.workflow.EnforcementRecord;

/** 重大执法决定法制审核 (行政处罚法 Art 58): SUBMITTED → REVIEWING → LAWFUL | AMEND | UNLAWFUL. */
@Entity
@Table(name = "enf_major_decision_review")
@Audited
public class MajorDecisionReview extends EnforcementRecord {

    public static final String RECORD_TYPE = "major-decision-reviews";
    public static final String DEADLINE_RULE = "ENF_LEGAL_REVIEW";

    static final StateMachine<MajorReviewStatus> FLOW = new StateMachine<>(MajorReviewStatus.class)
            .allow(MajorReviewStatus.SUBMITTED, "start-review", MajorReviewStatus.REVIEWING)
            .allow(MajorReviewStatus.REVIEWING, "give-opinion", MajorReviewStatus.LAWFUL, MajorReviewStatus.AMEND,
                    MajorReviewStatus.UNLAWFUL);

    private UUID agencyId;
    private String caseTitle;
    private String partyName;
    private String actionRef;
    @Enumerated(EnumType.STRING)
    private ReviewReason reason;
    private LocalDate submittedOn;
    @Enumerated(EnumType.STRING)
    private MajorReviewStatus status;
    private UUID reviewerId;
    private LocalDate reviewStartedOn;
    private LocalDate opinionOn;
    private String opinionText;

    protected MajorDecisionReview() {
    }

    MajorDecisionReview(String divisionCode, UUID agencyId, String caseTitle, String partyName, String actionRef,
                        ReviewReason reason, LocalDate submittedOn) {
        super(divisionCode);
        this.agencyId = agencyId;
        this.caseTitle = caseTitle;
        this.partyName = partyName;
        this.actionRef = actionRef;
        this.reason = reason;
        this.submittedOn = submittedOn;
        this.status = MajorReviewStatus.SUBMITTED;
    }

    /** 提交: opens the review period (5 working days). */
    Transition registration() {
        return Transition.of("submit", null, status, submittedOn, null, Transition.open(DEADLINE_RULE, submittedOn));
    }

    /** The reviewer must hold the 法律职业资格 (Art 58: first-time reviewers). */
    Transition startReview(Officer reviewer, LocalDate on, String comment, LocalDate today) {
        FLOW.check("start-review", status);
        if (!reviewer.hasLegalQualification()) {
            throw ValidationException.of("reviewerId", "reviewer-not-qualified", "审核人员 " + reviewer.getName() + " 未取得法律职业资格");
        }
        this.reviewStartedOn = StepDates.of("startedOn", on, today, submittedOn, "提交日期");
        this.reviewerId = reviewer.getId();
        return move("start-review", MajorReviewStatus.REVIEWING, reviewStartedOn, comment);
    }

    /** The opinion answers the submission: the review period is met. */
    Transition giveOpinion(ReviewOpinion opinion, String text, LocalDate on, LocalDate today) {
        MajorReviewStatus target = MajorReviewStatus.valueOf(opinion.name());
        FLOW.check("give-opinion", status, target);
        this.opinionOn = StepDates.of("opinionOn", on, today, reviewStartedOn, "开始审核日期");
        this.opinionText = text;
        return move("give-opinion", target, opinionOn, text, Transition.meet(DEADLINE_RULE, opinionOn));
    }

    private Transition move(String action, MajorReviewStatus to, LocalDate on, String comment, Transition.DeadlineEffect... effects) {
        MajorReviewStatus from = status;
        status = to;
        return Transition.of(action, from, to, on, comment, effects);
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public MajorReviewStatus status() {
        return status;
    }

    @Override
    public List<String> allowedActions() {
        return FLOW.actionsFrom(status);
    }

    @Override
    public String reference() {
        return caseTitle;
    }

    public UUID getAgencyId() {
        return agencyId;
    }

    public String getCaseTitle() {
        return caseTitle;
    }

    public String getPartyName() {
        return partyName;
    }

    public String getActionRef() {
        return actionRef;
    }

    public ReviewReason getReason() {
        return reason;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public MajorReviewStatus getStatus() {
        return status;
    }

    public UUID getReviewerId() {
        return reviewerId;
    }

    public LocalDate getReviewStartedOn() {
        return reviewStartedOn;
    }

    public LocalDate getOpinionOn() {
        return opinionOn;
    }

    public String getOpinionText() {
        return opinionText;
    }
}
