package cn.sifa.enforcement.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.enforcement.workflow.EnforcementRecord;

/**
 * 执法投诉: RECEIVED → INVESTIGATING → (supervision document) RECTIFYING → REPORTED → CLOSED, or INVESTIGATING →
 * CLOSED when the complaint proves unfounded.
 */
@Entity
@Table(name = "enf_complaint")
@Audited
public class Complaint extends EnforcementRecord {

    public static final String RECORD_TYPE = "complaints";
    public static final String HANDLING_RULE = "ENF_COMPLAINT_HANDLING";
    public static final String RECTIFICATION_RULE = "ENF_COMPLAINT_RECTIFICATION";

    static final StateMachine<ComplaintStatus> FLOW = new StateMachine<>(ComplaintStatus.class)
            .allow(ComplaintStatus.RECEIVED, "investigate", ComplaintStatus.INVESTIGATING)
            .allow(ComplaintStatus.INVESTIGATING, "issue-document", ComplaintStatus.RECTIFYING)
            .allow(ComplaintStatus.INVESTIGATING, "close", ComplaintStatus.CLOSED)
            .allow(ComplaintStatus.RECTIFYING, "report", ComplaintStatus.REPORTED)
            .allow(ComplaintStatus.REPORTED, "close", ComplaintStatus.CLOSED);

    private UUID agencyId;
    private String complainantName;
    private String complainantPhone;
    private String summary;
    private LocalDate receivedOn;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;
    private String assignee;
    private LocalDate investigationStartedOn;
    private String finding;
    @Enumerated(EnumType.STRING)
    private SupervisionDocumentType documentType;
    private String documentNo;
    private LocalDate documentIssuedOn;
    private String rectificationReport;
    private LocalDate reportedOn;
    @Enumerated(EnumType.STRING)
    private ComplaintOutcome outcome;
    private LocalDate closedOn;

    protected Complaint() {
    }

    Complaint(String divisionCode, UUID agencyId, String complainantName, String complainantPhone, String summary,
              LocalDate receivedOn) {
        super(divisionCode);
        this.agencyId = agencyId;
        this.complainantName = complainantName;
        this.complainantPhone = complainantPhone;
        this.summary = summary;
        this.receivedOn = receivedOn;
        this.status = ComplaintStatus.RECEIVED;
    }

    /** 受理: opens the handling period. */
    Transition registration() {
        return Transition.of("receive", null, status, receivedOn, null, Transition.open(HANDLING_RULE, receivedOn));
    }

    Transition investigate(String assignee, LocalDate on, LocalDate today) {
        FLOW.check("investigate", status);
        this.investigationStartedOn = StepDates.of("startedOn", on, today, receivedOn, "受理日期");
        this.assignee = assignee;
        return move("investigate", ComplaintStatus.INVESTIGATING, investigationStartedOn, null);
    }

    /** The supervision document answers the complaint (handling period met) and starts the rectification period. */
    Transition issueDocument(SupervisionDocumentType type, String no, String finding, LocalDate on, LocalDate today) {
        FLOW.check("issue-document", status);
        this.documentIssuedOn = StepDates.of("issuedOn", on, today, investigationStartedOn, "开始调查日期");
        this.documentType = type;
        this.documentNo = no;
        this.finding = finding;
        return move("issue-document", ComplaintStatus.RECTIFYING, documentIssuedOn, type.label() + " " + no,
                Transition.meet(HANDLING_RULE, documentIssuedOn), Transition.open(RECTIFICATION_RULE, documentIssuedOn));
    }

    Transition report(String report, LocalDate on, LocalDate today) {
        FLOW.check("report", status);
        this.reportedOn = StepDates.of("reportedOn", on, today, documentIssuedOn, "文书送达日期");
        this.rectificationReport = report;
        return move("report", ComplaintStatus.REPORTED, reportedOn, report, Transition.meet(RECTIFICATION_RULE, reportedOn));
    }

    /** From INVESTIGATING the complaint was unfounded (the handling period is met by the closure); from REPORTED the agency rectified. */
    Transition close(String conclusion, LocalDate on, LocalDate today) {
        FLOW.check("close", status);
        boolean unfounded = status == ComplaintStatus.INVESTIGATING;
        this.closedOn = StepDates.of("closedOn", on, today, unfounded ? investigationStartedOn : reportedOn,
                unfounded ? "开始调查日期" : "整改报告日期");
        this.outcome = unfounded ? ComplaintOutcome.UNFOUNDED : ComplaintOutcome.RECTIFIED;
        if (unfounded) {
            this.finding = conclusion;
            return move("close", ComplaintStatus.CLOSED, closedOn, conclusion, Transition.meet(HANDLING_RULE, closedOn),
                    Transition.cancelAll());
        }
        return move("close", ComplaintStatus.CLOSED, closedOn, conclusion, Transition.cancelAll());
    }

    private Transition move(String action, ComplaintStatus to, LocalDate on, String comment, Transition.DeadlineEffect... effects) {
        ComplaintStatus from = status;
        status = to;
        return Transition.of(action, from, to, on, comment, effects);
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public ComplaintStatus status() {
        return status;
    }

    @Override
    public List<String> allowedActions() {
        return FLOW.actionsFrom(status);
    }

    @Override
    public String reference() {
        return "执法投诉 " + complainantName;
    }

    /** The investigator once one is named; until then the staff member taking the step. */
    @Override
    public String assignee() {
        return assignee != null ? assignee : super.assignee();
    }

    public UUID getAgencyId() {
        return agencyId;
    }

    public String getComplainantName() {
        return complainantName;
    }

    public String getComplainantPhone() {
        return complainantPhone;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public String getAssignee() {
        return assignee;
    }

    public LocalDate getInvestigationStartedOn() {
        return investigationStartedOn;
    }

    public String getFinding() {
        return finding;
    }

    public SupervisionDocumentType getDocumentType() {
        return documentType;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public LocalDate getDocumentIssuedOn() {
        return documentIssuedOn;
    }

    public String getRectificationReport() {
        return rectificationReport;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public ComplaintOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
