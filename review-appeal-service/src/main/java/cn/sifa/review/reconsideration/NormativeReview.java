package cn.sifa.review.reconsideration;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * 规范性文件附带审查 (行政复议法第13、56-60条), one per case: the applicant's request (with the application) or the
 * 复议机关's own finding (第57条), then its handling while the case is suspended (第39条第1款第9项): a competent 复议机关
 * decides within 30 days and notifies the drafter within 3 working days, who answers within 10 working days (第58条);
 * otherwise it transfers the document within 7 working days and the transferee replies within 60 days (第60条).
 * {@link Reconsideration} runs the steps; this holds what they recorded.
 */
@Embeddable
public class NormativeReview {

    @Enumerated(EnumType.STRING)
    @Column(name = "nr_source")
    private NormativeReviewSource source;
    @Column(name = "nr_document")
    private String document;
    @Column(name = "nr_issuing_body")
    private String issuingBody;
    @Column(name = "nr_provisions")
    private String provisions;
    @Column(name = "nr_requested_on")
    private LocalDate requestedOn;
    @Column(name = "nr_started_on")
    private LocalDate startedOn;
    @Column(name = "nr_competent")
    private Boolean competent;
    @Column(name = "nr_notified_on")
    private LocalDate notifiedOn;
    @Column(name = "nr_transferred_on")
    private LocalDate transferredOn;
    @Column(name = "nr_transferee")
    private String transferee;
    @Column(name = "nr_replied_on")
    private LocalDate repliedOn;
    @Column(name = "nr_reply")
    private String reply;
    @Enumerated(EnumType.STRING)
    @Column(name = "nr_result")
    private NormativeReviewResult result;
    @Column(name = "nr_concluded_on")
    private LocalDate concludedOn;
    @Column(name = "nr_result_note")
    private String resultNote;

    protected NormativeReview() {
    }

    /** The applicant's request, received with the application (第13条). */
    static NormativeReview requested(String document, String issuingBody, String provisions, LocalDate on) {
        NormativeReview n = new NormativeReview();
        n.source = NormativeReviewSource.APPLICANT_REQUEST;
        n.document = document;
        n.issuingBody = issuingBody;
        n.provisions = provisions;
        n.requestedOn = on;
        return n;
    }

    void start(NormativeReviewSource source, String document, String issuingBody, String provisions, boolean competent,
               LocalDate on) {
        this.source = source;
        if (document != null) {
            this.document = document;
        }
        if (issuingBody != null) {
            this.issuingBody = issuingBody;
        }
        if (provisions != null) {
            this.provisions = provisions;
        }
        if (requestedOn == null) {
            requestedOn = on;
        }
        this.competent = competent;
        this.startedOn = on;
    }

    void notified(LocalDate on) {
        notifiedOn = on;
    }

    void transferred(String to, LocalDate on) {
        transferee = to;
        transferredOn = on;
    }

    void replied(String text, LocalDate on) {
        reply = text;
        repliedOn = on;
    }

    void concluded(NormativeReviewResult r, String note, LocalDate on) {
        result = r;
        resultNote = note;
        concludedOn = on;
    }

    boolean started() {
        return startedOn != null;
    }

    /** Started and without a result: the case stays suspended. */
    boolean pending() {
        return startedOn != null && result == null;
    }

    boolean isCompetent() {
        return Boolean.TRUE.equals(competent);
    }

    /** Whom the reply comes from: the drafter (notified) or the transferee; null while neither was asked. */
    boolean awaitingReply() {
        return pending() && repliedOn == null && (notifiedOn != null || transferredOn != null);
    }

    public NormativeReviewSource getSource() { return source; }
    public String getDocument() { return document; }
    public String getIssuingBody() { return issuingBody; }
    public String getProvisions() { return provisions; }
    public LocalDate getRequestedOn() { return requestedOn; }
    public LocalDate getStartedOn() { return startedOn; }
    public Boolean getCompetent() { return competent; }
    public LocalDate getNotifiedOn() { return notifiedOn; }
    public LocalDate getTransferredOn() { return transferredOn; }
    public String getTransferee() { return transferee; }
    public LocalDate getRepliedOn() { return repliedOn; }
    public String getReply() { return reply; }
    public NormativeReviewResult getResult() { return result; }
    public LocalDate getConcludedOn() { return concludedOn; }
    public String getResultNote() { return resultNote; }
}
