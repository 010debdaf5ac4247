package cn.sifa.correction.transfer;

import static cn.sifa.correction.transfer.TransferStatus.APPLIED;
import static cn.sifa.correction.transfer.TransferStatus.APPROVED;
import static cn.sifa.correction.transfer.TransferStatus.CONSULTING;
import static cn.sifa.correction.transfer.TransferStatus.FILES_SENT;
import static cn.sifa.correction.transfer.TransferStatus.REFUSED;
import static cn.sifa.correction.transfer.TransferStatus.REPLIED;
import static cn.sifa.correction.transfer.TransferStatus.REPORTED;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.correction.subject.Subject;
import cn.sifa.correction.subject.SubjectSubRecord;

/**
 * 执行地变更 (社区矫正法第二十七条; 实施办法): applied for 1 month ahead, then the chain of 5-day steps between the two
 * agencies: consult the new agency (5 days from the application), its reply (5 days), the decision (5 days), the
 * files (5 days from approval); the subject reports to the new agency within 7 days of the decision, and leaves
 * this agency's register. APPLIED → CONSULTING → REPLIED → APPROVED | REFUSED; APPROVED → FILES_SENT → REPORTED.
 */
@Entity
@Audited
@Table(name = "cr_transfer")
public class Transfer extends SubjectSubRecord {

    public static final String RECORD_TYPE = "correction-transfer";
    public static final String CONSULT = "CORRECTION_TRANSFER_CONSULT";
    public static final String REPLY = "CORRECTION_TRANSFER_REPLY";
    public static final String DECISION = "CORRECTION_TRANSFER_DECISION";
    public static final String FILES = "CORRECTION_TRANSFER_FILES";
    public static final String REPORT = "CORRECTION_TRANSFER_REPORT";
    /** The application comes at least this many months before the move (实施办法). */
    public static final int MONTHS_AHEAD = 1;

    static final StateMachine<TransferStatus> STEPS = new StateMachine<>(TransferStatus.class)
            .allow(APPLIED, "consult", CONSULTING)
            .allow(CONSULTING, "reply", REPLIED)
            .allow(REPLIED, "decision", APPROVED, REFUSED)
            .allow(APPROVED, "files-sent", FILES_SENT)
            .allow(FILES_SENT, "reported", REPORTED);

    private String newDivisionCode;
    private String newAgency;
    private String newResidence;
    private String reason;
    private LocalDate appliedOn;
    private LocalDate plannedMoveOn;
    @Enumerated(EnumType.STRING)
    private TransferStatus status;
    private LocalDate consultedOn;
    private LocalDate repliedOn;
    private Boolean newAgencyAgreed;
    private LocalDate decidedOn;
    private String decisionComment;
    private LocalDate filesSentOn;
    private LocalDate reportedOn;

    protected Transfer() {
    }

    Transfer(Subject subject, String newDivisionCode, String newAgency, String newResidence, String reason, LocalDate appliedOn,
             LocalDate plannedMoveOn) {
        super(subject);
        this.newDivisionCode = newDivisionCode;
        this.newAgency = newAgency;
        this.newResidence = newResidence;
        this.reason = reason;
        this.appliedOn = appliedOn;
        this.plannedMoveOn = plannedMoveOn;
        this.status = APPLIED;
    }

    /** The move is at least one month after the application. */
    static void checkAhead(LocalDate appliedOn, LocalDate plannedMoveOn) {
        if (plannedMoveOn.isBefore(appliedOn.plusMonths(MONTHS_AHEAD))) {
            throw ValidationException.of("plannedMoveOn", "apply-one-month-ahead", "变更执行地应当提前一个月提出申请(拟迁居日期不早于"
                    + appliedOn.plusMonths(MONTHS_AHEAD) + ")");
        }
    }

    Transition registration() {
        return Transition.of("transfer", null, status, appliedOn, "申请变更执行地至" + newAgency + "(" + newResidence + ")",
                Transition.open(CONSULT, appliedOn));
    }

    /** 书面征求新执行地意见. */
    Transition consult(LocalDate on, LocalDate today) {
        STEPS.check("consult", status);
        StepDates.require("consultedOn", on, today, appliedOn, null);
        this.consultedOn = on;
        return move("consult", CONSULTING, on, "征求" + newAgency + "意见", Transition.meet(CONSULT, on), Transition.open(REPLY, on));
    }

    /** 新执行地反馈意见. */
    Transition reply(boolean agreed, String comment, LocalDate on, LocalDate today) {
        STEPS.check("reply", status);
        StepDates.require("repliedOn", on, today, consultedOn, null);
        this.repliedOn = on;
        this.newAgencyAgreed = agreed;
        return move("reply", REPLIED, on, (agreed ? "新执行地同意接收" : "新执行地不同意接收") + (comment == null ? "" : ":" + comment),
                Transition.meet(REPLY, on), Transition.open(DECISION, on));
    }

    /** 决定: approval starts the file transfer (5 days) and the subject's report to the new agency (7 days). */
    Transition decide(boolean approved, String comment, LocalDate on, LocalDate today) {
        STEPS.check("decision", status, approved ? APPROVED : REFUSED);
        StepDates.require("decidedOn", on, today, repliedOn, null);
        if (approved && !Boolean.TRUE.equals(newAgencyAgreed)) {
            throw ValidationException.of("approved", "new-agency-disagreed", "新执行地社区矫正机构不同意接收,不能同意变更");
        }
        this.decidedOn = on;
        this.decisionComment = comment;
        String text = (approved ? "同意变更执行地" : "不同意变更执行地") + (comment == null ? "" : ":" + comment);
        return approved
                ? move("decision", APPROVED, on, text, Transition.meet(DECISION, on), Transition.open(FILES, on), Transition.open(REPORT, on))
                : move("decision", REFUSED, on, text, Transition.meet(DECISION, on));
    }

    /** 移交档案材料. */
    Transition filesSent(LocalDate on, LocalDate today) {
        STEPS.check("files-sent", status);
        StepDates.require("sentOn", on, today, decidedOn, null);
        this.filesSentOn = on;
        return move("files-sent", FILES_SENT, on, "档案材料移交" + newAgency, Transition.meet(FILES, on));
    }

    /** 到新执行地报到: the subject leaves this agency's register. */
    Transition reported(LocalDate on, LocalDate today) {
        STEPS.check("reported", status);
        StepDates.require("reportedOn", on, today, decidedOn, null);
        this.reportedOn = on;
        return move("reported", REPORTED, on, "已到" + newAgency + "报到", Transition.meet(REPORT, on));
    }

    private Transition move(String action, TransferStatus to, LocalDate on, String comment, Transition.DeadlineEffect... effects) {
        TransferStatus from = status;
        status = to;
        return Transition.of(action, from, to, on, comment, effects);
    }

    @Override
    public List<String> allowedActions() {
        return STEPS.actionsFrom(status);
    }

    @Override
    public TransferStatus status() {
        return status;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String reference() {
        return "社区矫正执行地变更(" + appliedOn + "申请)";
    }

    public String getNewDivisionCode() { return newDivisionCode; }
    public String getNewAgency() { return newAgency; }
    public String getNewResidence() { return newResidence; }
    public String getReason() { return reason; }
    public LocalDate getAppliedOn() { return appliedOn; }
    public LocalDate getPlannedMoveOn() { return plannedMoveOn; }
    public TransferStatus getStatus() { return status; }
    public LocalDate getConsultedOn() { return consultedOn; }
    public LocalDate getRepliedOn() { return repliedOn; }
    public Boolean getNewAgencyAgreed() { return newAgencyAgreed; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getDecisionComment() { return decisionComment; }
    public LocalDate getFilesSentOn() { return filesSentOn; }
    public LocalDate getReportedOn() { return reportedOn; }
}
