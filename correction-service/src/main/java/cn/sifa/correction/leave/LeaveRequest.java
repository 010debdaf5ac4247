package cn.sifa.correction.leave;

import static cn.sifa.correction.leave.LeaveStatus.APPROVED;
import static cn.sifa.correction.leave.LeaveStatus.REFUSED;
import static cn.sifa.correction.leave.LeaveStatus.REQUESTED;
import static cn.sifa.correction.leave.LeaveStatus.RETURNED;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.deadline.DeadlineUnit;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.correction.subject.Subject;
import cn.sifa.correction.subject.SubjectSubRecord;

/**
 * 外出申请 (社区矫正法第二十七条; 实施办法): REQUESTED → (approve) APPROVED → (return) RETURNED, or (refuse) REFUSED.
 * The approver level is computed when the request is made, from its days and the approved leaves of the 2 months
 * before; an approval by a lower level is refused. An approved single trip opens the return report
 * ({@value #RETURN_RULE}); an overdue one is an alert.
 */
@Entity
@Audited
@Table(name = "cr_leave_request")
public class LeaveRequest extends SubjectSubRecord {

    public static final String RECORD_TYPE = "correction-leave-request";
    public static final String RETURN_RULE = "CORRECTION_LEAVE_RETURN";

    static final StateMachine<LeaveStatus> STEPS = new StateMachine<>(LeaveStatus.class)
            .allow(REQUESTED, "approve", APPROVED)
            .allow(REQUESTED, "refuse", REFUSED)
            .allow(APPROVED, "return", RETURNED);

    @Enumerated(EnumType.STRING)
    private LeaveKind kind;
    private String destination;
    private String reason;
    private LocalDate leaveFrom;
    private LocalDate leaveTo;
    private int days;
    private int cumulativeDays;
    @Enumerated(EnumType.STRING)
    private ApproverLevel requiredLevel;
    private LocalDate requestedOn;
    @Enumerated(EnumType.STRING)
    private LeaveStatus status;
    private String approver;
    @Enumerated(EnumType.STRING)
    private ApproverLevel approverLevel;
    private LocalDate decidedOn;
    private String decisionComment;
    private LocalDate returnedOn;

    protected LeaveRequest() {
    }

    /** @param earlierApprovedDays the days of the subject's approved single trips starting within the 2 months before {@code from} */
    LeaveRequest(Subject subject, LeaveKind kind, String destination, String reason, LocalDate from, LocalDate to,
                 LocalDate requestedOn, int earlierApprovedDays) {
        super(subject);
        this.kind = kind;
        this.destination = destination;
        this.reason = reason;
        this.leaveFrom = from;
        this.leaveTo = to;
        this.days = days(from, to);
        this.requestedOn = requestedOn;
        this.status = REQUESTED;
        if (kind == LeaveKind.FREQUENT) {
            // 经常性跨市县活动: the county agency approves, for up to 6 months.
            this.cumulativeDays = days;
            this.requiredLevel = ApproverLevel.COUNTY_AGENCY;
        } else {
            this.cumulativeDays = days + earlierApprovedDays;
            this.requiredLevel = ApproverLevel.required(days, cumulativeDays);
        }
    }

    /** Both days count: 1–7 December is 7 days. */
    static int days(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The request's own checks: the dates in order; a frequent-travel approval lasts at most 6 months. */
    static void check(ValidationException.Collector errors, LeaveKind kind, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return;
        }
        if (to.isBefore(from)) {
            errors.add("to", "date-order", "外出结束日期不能早于开始日期");
        } else if (kind == LeaveKind.FREQUENT
                && to.isAfter(DeadlineCalculator.expiryOf(from, LeaveKind.FREQUENT_MAX_MONTHS, DeadlineUnit.MONTH))) {
            errors.add("to", "frequent-too-long", "经常性跨市县活动的批准期限不超过" + LeaveKind.FREQUENT_MAX_MONTHS + "个月");
        }
    }

    Transition registration() {
        return Transition.of("request", null, status, requestedOn, kind.label() + ":" + destination + "," + leaveFrom + "至" + leaveTo
                + "(" + days + "日,审批:" + requiredLevel.label() + ")");
    }

    /** 批准: by the computed level or above. A single trip's return report falls due the day after it ends. */
    Transition approve(String by, ApproverLevel level, String comment, LocalDate on, LocalDate today) {
        STEPS.check("approve", status);
        StepDates.require("decidedOn", on, today, requestedOn, null);
        if (level.compareTo(requiredLevel) < 0) {
            throw ValidationException.of("approverLevel", "approver-level-too-low", "该外出(" + days + "日,两个月内累计" + cumulativeDays
                    + "日)应由" + requiredLevel.label() + "审批");
        }
        this.approver = by;
        this.approverLevel = level;
        this.decisionComment = comment;
        this.decidedOn = on;
        LeaveStatus from = status;
        status = APPROVED;
        String text = "批准(" + level.label() + " " + by + ")" + (comment == null ? "" : ":" + comment);
        return kind == LeaveKind.SINGLE
                ? Transition.of("approve", from, status, on, text, Transition.open(RETURN_RULE, leaveTo))
                : Transition.of("approve", from, status, on, text);
    }

    Transition refuse(String by, String comment, LocalDate on, LocalDate today) {
        STEPS.check("refuse", status);
        StepDates.require("decidedOn", on, today, requestedOn, null);
        this.approver = by;
        this.decisionComment = comment;
        this.decidedOn = on;
        LeaveStatus from = status;
        status = REFUSED;
        return Transition.of("refuse", from, status, on, "不予批准:" + comment);
    }

    /** 返回报告: meets the return deadline (MISSED when late). */
    Transition returned(LocalDate on, String note, LocalDate today) {
        STEPS.check("return", status);
        StepDates.require("returnedOn", on, today, leaveFrom, null);
        this.returnedOn = on;
        LeaveStatus from = status;
        status = RETURNED;
        return Transition.of("return", from, status, on, "返回报告" + (note == null ? "" : ":" + note), Transition.meet(RETURN_RULE, on));
    }

    @Override
    public List<String> allowedActions() {
        return STEPS.actionsFrom(status);
    }

    @Override
    public LeaveStatus status() {
        return status;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String reference() {
        return "社区矫正对象外出(" + leaveFrom + "至" + leaveTo + ")";
    }

    public LeaveKind getKind() { return kind; }
    public String getDestination() { return destination; }
    public String getReason() { return reason; }
    public LocalDate getLeaveFrom() { return leaveFrom; }
    public LocalDate getLeaveTo() { return leaveTo; }
    public int getDays() { return days; }
    public int getCumulativeDays() { return cumulativeDays; }
    public ApproverLevel getRequiredLevel() { return requiredLevel; }
    public LocalDate getRequestedOn() { return requestedOn; }
    public LeaveStatus getStatus() { return status; }
    public String getApprover() { return approver; }
    public ApproverLevel getApproverLevel() { return approverLevel; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getDecisionComment() { return decisionComment; }
    public LocalDate getReturnedOn() { return returnedOn; }
}
