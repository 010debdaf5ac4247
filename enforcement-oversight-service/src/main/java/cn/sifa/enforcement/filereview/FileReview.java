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
import cn.sifa.core.scope.DivisionScopedEntity;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.officer.Officer;
import cn.sifa.enforcement.support.StateMachine;

/**
 * One sampled case file: SAMPLED → SCORED (by a reviewer of another agency) → result notified: RECTIFICATION_DUE →
 * RECTIFIED → CLOSED, or straight to CLOSED when the file is excellent with nothing deducted.
 */
@Entity
@Table(name = "enf_file_review")
@Audited
public class FileReview extends DivisionScopedEntity {

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

    /** Cross review: the reviewer works for another agency than the one whose file this is. */
    FileReviewStatus score(Officer reviewer, BigDecimal deducted, FileReviewPlan plan, LocalDate on) {
        FLOW.check("score", status);
        if (reviewer.getAgencyId().equals(agencyId)) {
            throw ValidationException.of("reviewerId", "cross-review-required", "交叉评查:评查人员不能评查本单位的案卷");
        }
        this.scoredOn = StepDates.of("scoredOn", on, plan.getSampledOn(), "抽取日期");
        this.reviewerId = reviewer.getId();
        this.score = BigDecimal.valueOf(100).subtract(deducted).max(BigDecimal.ZERO);
        this.grade = plan.gradeOf(score);
        return status = FileReviewStatus.SCORED;
    }

    /** Anything short of a clean excellent file is rectified. */
    FileReviewStatus notifyResult(boolean anythingDeducted, LocalDate on) {
        FileReviewStatus target = grade == Grade.EXCELLENT && !anythingDeducted ? FileReviewStatus.CLOSED
                : FileReviewStatus.RECTIFICATION_DUE;
        FLOW.check("notify", status, target);
        this.notifiedOn = StepDates.of("notifiedOn", on, scoredOn, "评分日期");
        if (target == FileReviewStatus.CLOSED) {
            this.closedOn = notifiedOn;
        }
        return status = target;
    }

    FileReviewStatus rectify(String note, LocalDate on) {
        FLOW.check("rectify", status);
        this.rectifiedOn = StepDates.of("rectifiedOn", on, notifiedOn, "通报日期");
        this.rectificationNote = note;
        return status = FileReviewStatus.RECTIFIED;
    }

    FileReviewStatus close(LocalDate on) {
        FLOW.check("close", status);
        this.closedOn = StepDates.of("closedOn", on, rectifiedOn, "整改日期");
        return status = FileReviewStatus.CLOSED;
    }

    List<String> allowedActions() {
        return FLOW.actionsFrom(status);
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
