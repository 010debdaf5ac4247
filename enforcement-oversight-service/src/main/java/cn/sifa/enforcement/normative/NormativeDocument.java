package cn.sifa.enforcement.normative;

import java.time.LocalDate;
import java.util.List;

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
 * 行政规范性文件 备案审查: filed within the province's deadline after publication, then FILED → NO_ISSUE |
 * CORRECTION_REQUIRED → CORRECTED_REPORTED.
 */
@Entity
@Table(name = "enf_normative_document")
@Audited
public class NormativeDocument extends EnforcementRecord {

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

    /** Filed after the filing period counted from publication ({@code filingDue}, from the province's rule). */
    void markLate(LocalDate filingDue) {
        this.filedLate = filedOn.isAfter(filingDue);
    }

    /**
     * 备案: the filing period (counted from publication) is met by the filing, MISSED when late, and the review
     * period starts.
     */
    Transition registration(LocalDate filingDue) {
        return Transition.of("file", null, status, filedOn, filedLate ? "逾期备案(应于 " + filingDue + " 前备案)" : null,
                Transition.open(FILING_RULE, publishedOn), Transition.meet(FILING_RULE, filedOn),
                Transition.open(REVIEW_RULE, filedOn));
    }

    /** 备案审查: meets the review period; a document to correct starts the correction period. */
    Transition review(boolean correctionRequired, String opinion, LocalDate on, LocalDate today) {
        NormativeStatus target = correctionRequired ? NormativeStatus.CORRECTION_REQUIRED : NormativeStatus.NO_ISSUE;
        FLOW.check("review", status, target);
        this.reviewedOn = StepDates.of("reviewedOn", on, today, filedOn, "备案日期");
        this.reviewOpinion = opinion;
        return correctionRequired
                ? move("review", target, reviewedOn, opinion, Transition.meet(REVIEW_RULE, reviewedOn),
                        Transition.open(CORRECTION_RULE, reviewedOn))
                : move("review", target, reviewedOn, opinion, Transition.meet(REVIEW_RULE, reviewedOn));
    }

    Transition reportCorrection(String note, LocalDate on, LocalDate today) {
        FLOW.check("report-correction", status);
        this.correctedOn = StepDates.of("correctedOn", on, today, reviewedOn, "审查日期");
        this.correctionNote = note;
        return move("report-correction", NormativeStatus.CORRECTED_REPORTED, correctedOn, note,
                Transition.meet(CORRECTION_RULE, correctedOn));
    }

    private Transition move(String action, NormativeStatus to, LocalDate on, String comment, Transition.DeadlineEffect... effects) {
        NormativeStatus from = status;
        status = to;
        return Transition.of(action, from, to, on, comment, effects);
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public NormativeStatus status() {
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
