package cn.sifa.enforcement.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.scope.DivisionScopedEntity;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.support.StateMachine;

/**
 * 执法投诉: RECEIVED → INVESTIGATING → (supervision document) RECTIFYING → REPORTED → CLOSED, or INVESTIGATING →
 * CLOSED when the complaint proves unfounded.
 */
@Entity
@Table(name = "enf_complaint")
@Audited
public class Complaint extends DivisionScopedEntity {

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

    ComplaintStatus investigate(String assignee, LocalDate on) {
        FLOW.check("investigate", status);
        this.investigationStartedOn = StepDates.of("startedOn", on, receivedOn, "受理日期");
        this.assignee = assignee;
        return status = ComplaintStatus.INVESTIGATING;
    }

    ComplaintStatus issueDocument(SupervisionDocumentType type, String no, String finding, LocalDate on) {
        FLOW.check("issue-document", status);
        this.documentIssuedOn = StepDates.of("issuedOn", on, investigationStartedOn, "开始调查日期");
        this.documentType = type;
        this.documentNo = no;
        this.finding = finding;
        return status = ComplaintStatus.RECTIFYING;
    }

    ComplaintStatus report(String report, LocalDate on) {
        FLOW.check("report", status);
        this.reportedOn = StepDates.of("reportedOn", on, documentIssuedOn, "文书送达日期");
        this.rectificationReport = report;
        return status = ComplaintStatus.REPORTED;
    }

    /** From INVESTIGATING the complaint was unfounded; from REPORTED the agency rectified. */
    ComplaintStatus close(String conclusion, LocalDate on) {
        FLOW.check("close", status);
        boolean unfounded = status == ComplaintStatus.INVESTIGATING;
        this.closedOn = StepDates.of("closedOn", on, unfounded ? investigationStartedOn : reportedOn,
                unfounded ? "开始调查日期" : "整改报告日期");
        this.outcome = unfounded ? ComplaintOutcome.UNFOUNDED : ComplaintOutcome.RECTIFIED;
        if (unfounded) {
            this.finding = conclusion;
        }
        return status = ComplaintStatus.CLOSED;
    }

    List<String> allowedActions() {
        return FLOW.actionsFrom(status);
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
