package cn.sifa.enforcement.filereview;

import java.math.BigDecimal;
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

/**
 * One sampled case file: SAMPLED → SCORED (by a reviewer of another agency) → result notified: RECTIFICATION_DUE →
 * RECTIFIED → CLOSED, or straight to CLOSED when the file is excellent with nothing deducted.
 */
@Entity
@Table(name = "enf_file_review")
@Audited
public class FileReview extends EnforcementRecord {

    public static final String RECORD_TYPE = "file-reviews";
    public static final String RECTIFICATION_RULE = "ENF_FILE_REVIEW_RECTIFICATION";

    static final StateMachine<FileReviewStatus> FLOW = new StateMachine<>(FileReviewStatus.class)
            .allow(FileReviewStatus.SAMPLED, "score", FileReviewStatus.SCORED)
            .allow(FileReviewStatus.SCORED, "score", FileReviewStatus.SCORED)
            .allow(FileReviewStatus.SCORED, "notify", FileReviewStatus.RECTIFICATION_DUE, FileReviewStatus.CLOSED)
            .allow(FileReviewStatus.RECTIFICATION_DUE, "rectify", FileReviewStatus.RECTIFIED)
            .allow(FileReviewStatus.RECTIFIED, "close", FileReviewStatus.CLOSED);

    private UUID planId;
    private UUID agencyId;
    private UUID actionId;
    @Enumerated(EnumType.STRING)
    private FileReviewStatus status;
    private UUID reviewerId;
    private LocalDate scoredOn;
    private BigDecimal score;
    @Enumerated(EnumType.STRING)
    private Grade grade;
    private LocalDate notifiedOn;
    private LocalDate rectifiedOn;
    private String rectificationNote;
    private LocalDate closedOn;

    protected FileReview() {
    }

    FileReview(String divisionCode, UUID planId, UUID agencyId, UUID actionId) {
        super(divisionCode);
        this.planId = planId;
        this.agencyId = agencyId;
        this.actionId = actionId;
        this.status = FileReviewStatus.SAMPLED;
    }

    /** 抽取: the file enters its plan's review. */
    Transition registration(LocalDate sampledOn, String planName) {
        return Transition.of("sample", null, status, sampledOn, planName);
    }

    /** Cross review: the reviewer works for another agency than the one whose file this is. A scored file may be rescored. */
    Transition score(Officer reviewer, BigDecimal deducted, FileReviewPlan plan, LocalDate on, LocalDate today) {
        FLOW.check("score", status);
        if (reviewer.getAgencyId().equals(agencyId)) {
            throw ValidationException.of("reviewerId", "cross-review-required", "交叉评查:评查人员不能评查本单位的案卷");
        }
        this.scoredOn = StepDates.of("scoredOn", on, today, plan.getSampledOn(), "抽取日期");
        this.reviewerId = reviewer.getId();
        this.score = BigDecimal.valueOf(100).subtract(deducted).max(BigDecimal.ZERO);
        this.grade = plan.gradeOf(score);
        return move("score", FileReviewStatus.SCORED, scoredOn, "得分 " + score + "(" + grade.label() + ")");
    }

    /** Anything short of a clean excellent file is rectified, within the rectification period. */
    Transition notifyResult(boolean anythingDeducted, LocalDate on, LocalDate today) {
        FileReviewStatus target = grade == Grade.EXCELLENT && !anythingDeducted ? FileReviewStatus.CLOSED
                : FileReviewStatus.RECTIFICATION_DUE;
        FLOW.check("notify", status, target);
        this.notifiedOn = StepDates.of("notifiedOn", on, today, scoredOn, "评分日期");
        if (target == FileReviewStatus.CLOSED) {
            this.closedOn = notifiedOn;
            return move("notify", target, notifiedOn, null);
        }
        return move("notify", target, notifiedOn, null, Transition.open(RECTIFICATION_RULE, notifiedOn));
    }

    Transition rectify(String note, LocalDate on, LocalDate today) {
        FLOW.check("rectify", status);
        this.rectifiedOn = StepDates.of("rectifiedOn", on, today, notifiedOn, "通报日期");
        this.rectificationNote = note;
        return move("rectify", FileReviewStatus.RECTIFIED, rectifiedOn, note, Transition.meet(RECTIFICATION_RULE, rectifiedOn));
    }

    Transition close(LocalDate on, LocalDate today) {
        FLOW.check("close", status);
        this.closedOn = StepDates.of("closedOn", on, today, rectifiedOn, "整改日期");
        return move("close", FileReviewStatus.CLOSED, closedOn, null, Transition.cancelAll());
    }

    private Transition move(String action, FileReviewStatus to, LocalDate on, String comment, Transition.DeadlineEffect... effects) {
        FileReviewStatus from = status;
        status = to;
        return Transition.of(action, from, to, on, comment, effects);
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public FileReviewStatus status() {
        return status;
    }

    @Override
    public List<String> allowedActions() {
        return FLOW.actionsFrom(status);
    }

    @Override
    public String reference() {
        return "案卷评查整改";
    }

    public UUID getPlanId() {
        return planId;
    }

    public UUID getAgencyId() {
        return agencyId;
    }

    public UUID getActionId() {
        return actionId;
    }

    public FileReviewStatus getStatus() {
        return status;
    }

    public UUID getReviewerId() {
        return reviewerId;
    }

    public LocalDate getScoredOn() {
        return scoredOn;
    }

    public BigDecimal getScore() {
        return score;
    }

    public Grade getGrade() {
        return grade;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public LocalDate getRectifiedOn() {
        return rectifiedOn;
    }

    public String getRectificationNote() {
        return rectificationNote;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
