package cn.sifa.review.reconsideration;

import static cn.sifa.review.reconsideration.NormativeReviewStatus.CLOSED;
import static cn.sifa.review.reconsideration.NormativeReviewStatus.CONCLUDED;
import static cn.sifa.review.reconsideration.NormativeReviewStatus.REQUESTED;
import static cn.sifa.review.reconsideration.NormativeReviewStatus.UNDER_WAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Formula;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.DueDates;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.WorkflowRecord;

/**
 * One 规范性文件附带审查 of a case (行政复议法第13、56-60条); a case may have several, one per document: the applicant's
 * requests (with the application) and the 复议机关's own findings (第57条). While any is under way the case is suspended
 * (第39条第1款第9项). A competent 复议机关 decides within 30 days and notifies the drafter within 3 working days, who
 * answers within 10 working days (第58条); otherwise it transfers the document within 7 working days and the transferee
 * replies within 60 days (第60条). Its periods are its own rows in {@code core_deadline} (record type
 * {@value #RECORD_TYPE}, keyed by this review's id), written by the core applier like the case's; the case
 * ({@link Reconsideration}) guards its own state and runs the suspension around them.
 */
@Entity
@Audited
@Table(name = "rv_normative_review")
public class NormativeReview implements WorkflowRecord {

    public static final String RECORD_TYPE = "review-normative-review";

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reconsideration_id", nullable = false)
    private Reconsideration reconsideration;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    private NormativeReviewSource source;
    private String document;
    private String issuingBody;
    private String provisions;
    private LocalDate requestedOn;
    private LocalDate startedOn;
    private Boolean competent;
    private LocalDate notifiedOn;
    private LocalDate transferredOn;
    private String transferee;
    private LocalDate repliedOn;
    private String reply;
    @Enumerated(EnumType.STRING)
    private NormativeReviewResult result;
    private LocalDate concludedOn;
    private String resultNote;

    /** The earliest open period of this review, from {@code core_deadline}. */
    @Formula(DueDates.NEXT_DUE_SQL)
    @NotAudited
    private LocalDate nextDueOn;

    protected NormativeReview() {
    }

    NormativeReview(Reconsideration owner, int order, NormativeReviewSource source, String document, String issuingBody,
                    String provisions, LocalDate requestedOn) {
        this.reconsideration = owner;
        this.sortOrder = order;
        this.source = source;
        this.document = document;
        this.issuingBody = issuingBody;
        this.provisions = provisions;
        this.requestedOn = requestedOn;
    }

    /** A document name as compared for duplicates: without spaces, book-title marks and quotes. */
    static String documentKey(String document) {
        return document == null ? "" : document.replaceAll("[\\s《》〈〉<>\"“”'‘’]", "");
    }

    boolean sameDocument(String other) {
        return documentKey(document).equals(documentKey(other));
    }

    /**
     * 随案受理 (第13、56条): a review the applicant asked for with the application can be handled only once the
     * application is accepted, so its 30 days run from the acceptance (our reading), whether or not anyone starts it.
     */
    Transition acceptedWithCase(LocalDate acceptedOn) {
        return Transition.event("acceptance", status(), acceptedOn, named("行政复议申请已受理,处理期限自受理之日起算"),
                Transition.open(Reconsideration.NORMATIVE_HANDLING, acceptedOn));
    }

    /**
     * 启动 (第56、57条): the case has checked its own state; the provisions may be narrowed now. The 30 days to handle
     * it, or the 7 working days to transfer it, count from {@code clockFrom}: the start for a review begun now, the
     * acceptance for one the applicant asked for with the application. Such a review's 30 days opened at the
     * acceptance ({@code handlingOpen}): a competent body keeps them as they are; otherwise they end and the transfer
     * period opens from the same date. The drafter is told within 3 working days of the start (第58条).
     */
    Transition start(boolean competent, String provisions, LocalDate on, LocalDate clockFrom, boolean handlingOpen,
                     String caseComment) {
        NormativeReviewStatus from = status();
        if (provisions != null) {
            this.provisions = provisions;
        }
        this.competent = competent;
        this.startedOn = on;
        List<Transition.DeadlineEffect> effects = new ArrayList<>();
        if (competent) {
            if (!handlingOpen) {
                effects.add(Transition.open(Reconsideration.NORMATIVE_HANDLING, clockFrom));
            }
            effects.add(Transition.open(Reconsideration.NORMATIVE_DRAFTER_NOTICE, on));
        } else {
            if (handlingOpen) {
                effects.add(Transition.cancel(Reconsideration.NORMATIVE_HANDLING));
            }
            effects.add(Transition.open(Reconsideration.NORMATIVE_TRANSFER, clockFrom));
        }
        return new Transition("start", from, status(), on, caseComment, effects);
    }

    /** 书面通知制定机关 (第58条): the drafter answers within 10 working days of its receipt. */
    Transition notice(LocalDate on, LocalDate drafterReceivedOn, LocalDate today) {
        requireUnderWay("notifiedOn");
        StepDates.require("notifiedOn", on, today, reconsideration.getReceivedOn(), startedOn);
        LocalDate receipt = drafterReceivedOn == null ? on : drafterReceivedOn;
        StepDates.require("drafterReceivedOn", receipt, today, on, on);
        if (!isCompetent() || notifiedOn != null) {
            throw ValidationException.of("notifiedOn", "not-applicable", isCompetent()
                    ? "已于 " + notifiedOn + " 通知制定机关" : "本机关无权处理,应转送而非通知制定机关答复");
        }
        notifiedOn = on;
        return Transition.event("notice", status(), on, named("书面通知制定机关 " + issuingBody + " 答复,收到日期 " + receipt),
                Transition.meet(Reconsideration.NORMATIVE_DRAFTER_NOTICE, on),
                Transition.open(Reconsideration.NORMATIVE_DRAFTER_REPLY, receipt));
    }

    /** 转送有权处理的机关 (第56、57条): the transferee replies within 60 days of its receipt (第60条). */
    Transition transfer(String to, LocalDate on, LocalDate transfereeReceivedOn, LocalDate today) {
        requireUnderWay("transferredOn");
        StepDates.require("transferredOn", on, today, reconsideration.getReceivedOn(), startedOn);
        LocalDate receipt = transfereeReceivedOn == null ? on : transfereeReceivedOn;
        StepDates.require("transfereeReceivedOn", receipt, today, on, on);
        if (isCompetent() || transferredOn != null) {
            throw ValidationException.of("transferredOn", "not-applicable", isCompetent()
                    ? "本机关有权处理,无需转送" : "已于 " + transferredOn + " 转送");
        }
        transferee = to;
        transferredOn = on;
        return Transition.event("transfer", status(), on, named("转送 " + to + " 处理,收到日期 " + receipt),
                Transition.meet(Reconsideration.NORMATIVE_TRANSFER, on),
                Transition.open(Reconsideration.NORMATIVE_TRANSFEREE_REPLY, receipt));
    }

    /** 制定机关的书面答复 (第58条) or the transferee's 处理意见 (第60条). */
    Transition reply(String text, LocalDate on, LocalDate today) {
        requireUnderWay("repliedOn");
        if (!awaitingReply()) {
            throw ValidationException.of("repliedOn", "not-applicable", repliedOn != null
                    ? "已于 " + repliedOn + " 收到答复" : "尚未通知制定机关或转送,无答复可记录");
        }
        boolean drafter = isCompetent();
        StepDates.require("repliedOn", on, today, reconsideration.getReceivedOn(), drafter ? notifiedOn : transferredOn);
        reply = text;
        repliedOn = on;
        return Transition.event("reply", status(), on, named((drafter ? "制定机关书面答复:" : "接受转送机关处理意见:") + text),
                Transition.meet(drafter ? Reconsideration.NORMATIVE_DRAFTER_REPLY : Reconsideration.NORMATIVE_TRANSFEREE_REPLY, on));
    }

    /** 附带审查结论 (第59条, or the transferee's opinion, 第60条): its open periods are met or end. */
    Transition conclude(NormativeReviewResult r, String note, LocalDate on, LocalDate notBefore, LocalDate today) {
        requireUnderWay("concludedOn");
        StepDates.require("concludedOn", on, today, reconsideration.getReceivedOn(), notBefore);
        if (!isCompetent() && transferredOn == null) {
            throw ValidationException.of("concludedOn", "not-transferred", "本机关无权处理的规范性文件,须先转送并取得处理意见");
        }
        NormativeReviewStatus from = status();
        result = r;
        resultNote = note;
        concludedOn = on;
        String comment = named("附带审查结论:" + r.label() + (note == null || note.isBlank() ? "" : "," + note));
        return isCompetent()
                ? Transition.of("result", from, status(), on, comment, Transition.meet(Reconsideration.NORMATIVE_HANDLING, on),
                        Transition.meet(Reconsideration.NORMATIVE_DRAFTER_NOTICE, on),
                        Transition.cancel(Reconsideration.NORMATIVE_DRAFTER_REPLY))
                : Transition.of("result", from, status(), on, comment, Transition.meet(Reconsideration.NORMATIVE_TRANSFEREE_REPLY, on));
    }

    /**
     * The case ended (withdrawn, terminated, mediated, not accepted, decided…) while this review was requested or under
     * way: its periods end with it.
     */
    Transition closedWithCase(LocalDate on) {
        boolean requested = startedOn == null;
        return Transition.of("closed", requested ? REQUESTED : UNDER_WAY, CLOSED, on,
                named(requested ? "行政复议案件已终结,附带审查请求随之终结" : "行政复议案件已终结,附带审查随之终结"),
                Transition.cancelAll());
    }

    private void requireUnderWay(String field) {
        if (status() != UNDER_WAY) {
            throw ValidationException.of(field, "no-normative-review", status() == REQUESTED
                    ? "该附带审查尚未启动" : "该附带审查已办结");
        }
    }

    /** A step's comment naming the document (a case may have several). */
    String named(String comment) {
        return "附带审查 " + document + ":" + comment;
    }

    boolean started() {
        return startedOn != null;
    }

    /** Started and without a result: the case stays suspended (unless it ended meanwhile). */
    boolean pending() {
        return startedOn != null && result == null;
    }

    boolean isCompetent() {
        return Boolean.TRUE.equals(competent);
    }

    /** Whom the reply comes from: the drafter (notified) or the transferee; false while neither was asked. */
    boolean awaitingReply() {
        return pending() && repliedOn == null && (notifiedOn != null || transferredOn != null);
    }

    @Override
    public NormativeReviewStatus status() {
        if (result != null) {
            return CONCLUDED;
        }
        if (reconsideration.getConcludedOn() != null) {
            return CLOSED;
        }
        return startedOn == null ? REQUESTED : UNDER_WAY;
    }

    /** The steps of this review its state allows; starting a requested one also needs the case's state to allow it. */
    @Override
    public List<String> allowedActions() {
        List<String> actions = new ArrayList<>();
        switch (status()) {
            case REQUESTED -> {
                if (reconsideration.normativeReviewMayStart()) {
                    actions.add("start");
                }
            }
            case UNDER_WAY -> {
                if (isCompetent() && notifiedOn == null) {
                    actions.add("notice");
                }
                if (!isCompetent() && transferredOn == null) {
                    actions.add("transfer");
                }
                if (awaitingReply()) {
                    actions.add("reply");
                }
                if (isCompetent() || transferredOn != null) {
                    actions.add("result");
                }
            }
            default -> { }
        }
        return actions;
    }

    @Override
    public UUID getId() { return id; }

    /** The case's: a review has no division, version or assignee of its own. */
    @Override
    public String getDivisionCode() { return reconsideration.getDivisionCode(); }

    @Override
    public long getVersion() { return reconsideration.getVersion(); }

    @Override
    public String recordType() { return RECORD_TYPE; }

    @Override
    public String reference() { return reconsideration.reference(); }

    /** Its deadlines open the case's page, which shows every review. */
    @Override
    public String link() { return reconsideration.link(); }

    @Override
    public String assignee() { return reconsideration.assignee(); }

    @Override
    public UUID unitOrganizationId() { return null; }

    public Reconsideration getReconsideration() { return reconsideration; }
    public int getSortOrder() { return sortOrder; }
    public LocalDate getNextDueOn() { return nextDueOn; }
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
