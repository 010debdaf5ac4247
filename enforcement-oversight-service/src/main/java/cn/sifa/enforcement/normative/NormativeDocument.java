package cn.sifa.enforcement.normative;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.scope.DivisionScopedEntity;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.support.StateMachine;

/**
 * 行政规范性文件 备案审查: filed within the province's deadline after publication, then FILED → NO_ISSUE |
 * CORRECTION_REQUIRED → CORRECTED_REPORTED.
 */
@Entity
@Table(name = "enf_normative_document")
@Audited
public class NormativeDocument extends DivisionScopedEntity {

    public static final String RECORD_TYPE = "normative-documents";
    public static final String FILING_RULE = "ENF_NORMATIVE_FILING";
    public static final String REVIEW_RULE = "ENF_NORMATIVE_REVIEW";
    public static final String CORRECTION_RULE = "ENF_NORMATIVE_CORRECTION";

    static final StateMachine<NormativeStatus> FLOW = new StateMachine<>(NormativeStatus.class)
            .allow(NormativeStatus.FILED, "review", NormativeStatus.NO_ISSUE, NormativeStatus.CORRECTION_REQUIRED)
            .allow(NormativeStatus.CORRECTION_REQUIRED, "report-correction", NormativeStatus.CORRECTED_REPORTED);

    private String title;
    private String documentNo;
    private String issuingBody;
    private LocalDate publishedOn;
    private LocalDate filedOn;
    private boolean filedLate;
    @Enumerated(EnumType.STRING)
    private NormativeStatus status;
    private LocalDate reviewedOn;
    private String reviewOpinion;
    private LocalDate correctedOn;
    private String correctionNote;

    protected NormativeDocument() {
    }

    NormativeDocument(String divisionCode, String title, String documentNo, String issuingBody, LocalDate publishedOn,
                      LocalDate filedOn) {
        super(divisionCode);
        this.title = title;
        this.documentNo = documentNo;
        this.issuingBody = issuingBody;
        this.publishedOn = publishedOn;
        this.filedOn = filedOn;
        this.status = NormativeStatus.FILED;
    }

    void markLate(LocalDate due) {
        this.filedLate = filedOn.isAfter(due);
    }

    NormativeStatus review(boolean correctionRequired, String opinion, LocalDate on) {
        NormativeStatus target = correctionRequired ? NormativeStatus.CORRECTION_REQUIRED : NormativeStatus.NO_ISSUE;
        FLOW.check("review", status, target);
        this.reviewedOn = StepDates.of("reviewedOn", on, filedOn, "备案日期");
        this.reviewOpinion = opinion;
        return status = target;
    }

    NormativeStatus reportCorrection(String note, LocalDate on) {
        FLOW.check("report-correction", status);
        this.correctedOn = StepDates.of("correctedOn", on, reviewedOn, "审查日期");
        this.correctionNote = note;
        return status = NormativeStatus.CORRECTED_REPORTED;
    }

    List<String> allowedActions() {
        return FLOW.actionsFrom(status);
    }

    public String getTitle() {
        return title;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public boolean isFiledLate() {
        return filedLate;
    }

    public NormativeStatus getStatus() {
        return status;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getReviewOpinion() {
        return reviewOpinion;
    }

    public LocalDate getCorrectedOn() {
        return correctedOn;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }
}
