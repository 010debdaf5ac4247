package cn.sifa.review.reconsideration;

import static cn.sifa.review.reconsideration.ReconsiderationStatus.ABANDONED;
import static cn.sifa.review.reconsideration.ReconsiderationStatus.ACCEPTED;
import static cn.sifa.review.reconsideration.ReconsiderationStatus.COPY_SENT;
import static cn.sifa.review.reconsideration.ReconsiderationStatus.CORRECTION_REQUESTED;
import static cn.sifa.review.reconsideration.ReconsiderationStatus.DECIDED;
import static cn.sifa.review.reconsideration.ReconsiderationStatus.FINAL;
import static cn.sifa.review.reconsideration.ReconsiderationStatus.LITIGATED;
import static cn.sifa.review.reconsideration.ReconsiderationStatus.MEDIATED;
import static cn.sifa.review.reconsideration.ReconsiderationStatus.NOT_ACCEPTED;
import static cn.sifa.review.reconsideration.ReconsiderationStatus.RECEIVED;
import static cn.sifa.review.reconsideration.ReconsiderationStatus.SERVED;
import static cn.sifa.review.reconsideration.ReconsiderationStatus.SUSPENDED;
import static cn.sifa.review.reconsideration.ReconsiderationStatus.TERMINATED;
import static cn.sifa.review.reconsideration.ReconsiderationStatus.UNDER_REVIEW;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.error.FieldErrorDetail;
import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.WorkflowEntity;

/**
 * 行政复议案件 (行政复议法 2023). RECEIVED → (受理审查, 5 working days) ACCEPTED | NOT_ACCEPTED | CORRECTION_REQUESTED;
 * ACCEPTED → COPY_SENT → UNDER_REVIEW → DECIDED → SERVED → FINAL | LITIGATED; SUSPENDED ⇄ resumption; MEDIATED;
 * TERMINATED (withdrawal). Every step returns its {@link Transition} with the deadline effects.
 */
@Entity
@Audited
@Table(name = "rv_reconsideration")
public class Reconsideration extends WorkflowEntity {

    public static final String RECORD_TYPE = "review-reconsideration";
    static final String ACCEPTANCE_REVIEW = "RV_ACCEPTANCE_REVIEW";
    static final String CORRECTION = "RV_CORRECTION";
    static final String SUSPENSION_LIMIT = "RV_SUSPENSION_LIMIT";
    static final String LITIGATION_WINDOW = "RV_LITIGATION_WINDOW";
    static final String ADVICE_CORRECTION = "RV_ADVICE_CORRECTION";
    static final String NORMATIVE_HANDLING = "RV_NORMATIVE_HANDLING";
    static final String NORMATIVE_TRANSFER = "RV_NORMATIVE_TRANSFER";
    static final String NORMATIVE_DRAFTER_NOTICE = "RV_NORMATIVE_DRAFTER_NOTICE";
    static final String NORMATIVE_DRAFTER_REPLY = "RV_NORMATIVE_DRAFTER_REPLY";
    static final String NORMATIVE_TRANSFEREE_REPLY = "RV_NORMATIVE_TRANSFEREE_REPLY";
    static final BigDecimal SIMPLE_AMOUNT_LIMIT = new BigDecimal("3000");
    /** 第39条第1、2、4项: sixty days suspended on these grounds makes the case due for termination (第41条). */
    static final Set<SuspensionGround> TERMINATING_GROUNDS =
            EnumSet.of(SuspensionGround.APPLICANT_DIED, SuspensionGround.LOST_CAPACITY, SuspensionGround.ENTITY_TERMINATED);
    private static final ReconsiderationStatus[] OPEN_REVIEW = {ACCEPTED, COPY_SENT, UNDER_REVIEW};

    static final StateMachine<ReconsiderationStatus> STEPS = new StateMachine<>(ReconsiderationStatus.class)
            .allow(RECEIVED, "acceptance", ACCEPTED, NOT_ACCEPTED, CORRECTION_REQUESTED)
            .allow(CORRECTION_REQUESTED, "corrections", RECEIVED)
            .allow(CORRECTION_REQUESTED, "abandonment", ABANDONED)
            .allow(ACCEPTED, "copy-sent", COPY_SENT)
            .allow(COPY_SENT, "respondent-reply", UNDER_REVIEW)
            .allow(UNDER_REVIEW, "hearings", UNDER_REVIEW)
            .allow(UNDER_REVIEW, "committee-consultations", UNDER_REVIEW)
            .allow(ACCEPTED, "extension", ACCEPTED).allow(COPY_SENT, "extension", COPY_SENT)
            .allow(UNDER_REVIEW, "extension", UNDER_REVIEW)
            .allow(ACCEPTED, "suspension", SUSPENDED).allow(COPY_SENT, "suspension", SUSPENDED)
            .allow(UNDER_REVIEW, "suspension", SUSPENDED)
            .allow(ACCEPTED, "classification", ACCEPTED).allow(COPY_SENT, "classification", COPY_SENT)
            .allow(UNDER_REVIEW, "classification", UNDER_REVIEW).allow(SUSPENDED, "classification", SUSPENDED)
            .allow(ACCEPTED, "normative-reviews", SUSPENDED).allow(COPY_SENT, "normative-reviews", SUSPENDED)
            .allow(UNDER_REVIEW, "normative-reviews", SUSPENDED).allow(SUSPENDED, "normative-reviews", SUSPENDED)
            .allow(SUSPENDED, "normative-review-notice", SUSPENDED).allow(SUSPENDED, "normative-review-transfer", SUSPENDED)
            .allow(SUSPENDED, "normative-review-reply", SUSPENDED)
            .allow(SUSPENDED, "normative-review-result", SUSPENDED, ACCEPTED, COPY_SENT, UNDER_REVIEW)
            .allow(ACCEPTED, "conversion", ACCEPTED).allow(COPY_SENT, "conversion", COPY_SENT)
            .allow(UNDER_REVIEW, "conversion", UNDER_REVIEW)
            .allow(DECIDED, "advice-letters", DECIDED).allow(SERVED, "advice-letters", SERVED)
            .allow(FINAL, "advice-letters", FINAL).allow(LITIGATED, "advice-letters", LITIGATED)
            .allow(DECIDED, "follow-ups", DECIDED).allow(SERVED, "follow-ups", SERVED)
            .allow(FINAL, "follow-ups", FINAL).allow(LITIGATED, "follow-ups", LITIGATED)
            .allow(SUSPENDED, "resumption", OPEN_REVIEW)
            .allow(SUSPENDED, "mediation", SUSPENDED, MEDIATED).allow(UNDER_REVIEW, "mediation", UNDER_REVIEW, MEDIATED)
            .allow(ACCEPTED, "decision", DECIDED, TERMINATED).allow(COPY_SENT, "decision", DECIDED, TERMINATED)
            .allow(UNDER_REVIEW, "decision", DECIDED, TERMINATED).allow(SUSPENDED, "decision", TERMINATED)
            .allow(DECIDED, "service", SERVED)
            .allow(SERVED, "finality", FINAL)
            .allow(SERVED, "litigation", LITIGATED)
            .allow(RECEIVED, "withdrawal", TERMINATED).allow(CORRECTION_REQUESTED, "withdrawal", TERMINATED)
            .allow(ACCEPTED, "withdrawal", TERMINATED).allow(COPY_SENT, "withdrawal", TERMINATED)
            .allow(UNDER_REVIEW, "withdrawal", TERMINATED).allow(SUSPENDED, "withdrawal", TERMINATED);

    private String assignee;
    /** 申请人 and 第三人 in their order; {@link #applicants} and {@link #thirdParties} keep their names for search. */
    @OneToMany(mappedBy = "reconsideration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role asc, sortOrder asc")
    private List<ReconsiderationParty> parties = new ArrayList<>();
    private String applicants;
    private String thirdParties;
    private String respondentName;
    private String respondentCreditCode;
    @Enumerated(EnumType.STRING)
    private ActCategory actCategory;
    private String actDescription;
    private LocalDate actDate;
    private LocalDate knewOn;
    private LocalDate receivedOn;
    private String requests;
    private BigDecimal amountInvolved;
    @Enumerated(EnumType.STRING)
    private ApplicationChannel channel;
    private boolean late;
    private String lateReason;
    @Enumerated(EnumType.STRING)
    private ReconsiderationStatus status;
    private LocalDate lastStepOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_procedure")
    private ReviewProcedure procedure;
    @Enumerated(EnumType.STRING)
    private SimpleProcedureGround simpleGround;
    private LocalDate acceptedOn;
    private String acceptanceReason;
    private String competentBody;
    private LocalDate correctionRequestedOn;
    private int correctionDays;
    private LocalDate copySentOn;
    private LocalDate repliedOn;
    private boolean noReply;
    private int hearingCount;
    private LocalDate lastHearingOn;
    private boolean committeeConsulted;
    private String committeeOpinion;
    private int extensionDays;
    private String extensionApprovedBy;
    private LocalDate suspendedOn;
    @Enumerated(EnumType.STRING)
    private SuspensionGround suspensionGround;
    @Enumerated(EnumType.STRING)
    private ReconsiderationStatus resumeTo;
    private int pausedDays;
    @Enumerated(EnumType.STRING)
    private ReconsiderationOutcome outcome;
    @Enumerated(EnumType.STRING)
    private ApprovalMode approvalMode;
    private String approvedBy;
    private LocalDate concludedOn;
    private LocalDate servedOn;
    private LocalDate finalOn;
    private String convertedBy;
    private String adviceAgency;
    private String adviceContent;
    private LocalDate adviceIssuedOn;
    private LocalDate correctionReportedOn;
    private String correctionReport;
    private LocalDate followUpOn;
    private String followUpNote;
    /** 第50条: 重大、疑难、复杂 (a hearing and, by 第52条, a consultation are mandatory). */
    private boolean majorComplex;
    /** 第52条第2项: 专业性、技术性较强. */
    private boolean highlyTechnical;
    /** 第52条第3项: a case of 第24条第2款. */
    @Column(name = "article24_case")
    private boolean article24Case;
    /** 第52条第4项: the 复议机构 finds a consultation necessary. */
    private boolean consultationNecessary;
    /** 第50条第2款: the applicant asked for a hearing (the 复议机构 may hold one). */
    private boolean hearingRequested;
    /** 第51条: the applicant stayed away from the hearing without good reason (视为放弃听证权利). */
    private boolean hearingWaived;
    /** 规范性文件附带审查, one per document, in the order they were asked for or found. */
    @OneToMany(mappedBy = "reconsideration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder asc")
    private List<NormativeReview> normativeReviews = new ArrayList<>();

    protected Reconsideration() {
    }

    Reconsideration(String divisionCode, String assignee, List<ReconsiderationParty> applicants,
                    List<ReconsiderationParty> thirdParties,
                    String respondentName, String respondentCreditCode, ActCategory actCategory, String actDescription,
                    LocalDate actDate, LocalDate knewOn, LocalDate receivedOn, String requests, BigDecimal amountInvolved,
                    ApplicationChannel channel) {
        super(divisionCode);
        this.assignee = assignee;
        addParties(PartyRole.APPLICANT, applicants);
        addParties(PartyRole.THIRD_PARTY, thirdParties);
        this.applicants = names(applicants);
        this.thirdParties = thirdParties.isEmpty() ? null : names(thirdParties);
        this.respondentName = respondentName;
        this.respondentCreditCode = respondentCreditCode;
        this.actCategory = actCategory;
        this.actDescription = actDescription;
        this.actDate = actDate;
        this.knewOn = knewOn;
        this.receivedOn = receivedOn;
        this.requests = requests;
        this.amountInvolved = amountInvolved;
        this.channel = channel;
        this.status = RECEIVED;
        this.lastStepOn = receivedOn;
        this.lateReason = timeliness(actCategory, actDate, knewOn, receivedOn);
        this.late = lateReason != null;
    }

    private void addParties(PartyRole role, List<ReconsiderationParty> list) {
        for (int i = 0; i < list.size(); i++) {
            list.get(i).attach(this, role, i + 1);
            parties.add(list.get(i));
        }
    }

    private static String names(List<ReconsiderationParty> list) {
        return String.join("、", list.stream().map(ReconsiderationParty::getName).toList());
    }

    /**
     * 附带审查申请 received with the application (第13条), one per document (400 {@code normative-review-duplicate} on
     * {@code field} for a document asked for twice); each is started after acceptance.
     */
    void normativeReviewRequested(String field, String document, String issuingBody, String provisions) {
        requireNewDocument(field, document);
        normativeReviews.add(new NormativeReview(this, normativeReviews.size() + 1, NormativeReviewSource.APPLICANT_REQUEST,
                document, issuingBody, provisions, receivedOn));
    }

    private void requireNewDocument(String field, String document) {
        normativeReviews.stream().filter(n -> n.sameDocument(document)).findFirst().ifPresent(n -> {
            throw ValidationException.of(field, "normative-review-duplicate", "本案已有对 " + n.getDocument()
                    + " 的附带审查(" + n.status().label() + "),同一规范性文件不重复审查");
        });
    }

    /**
     * 申请期限 (第20、21条): 60 days from knowing of the act, at most 5 years from the act (20 for immovable
     * property: 自然资源确权, 征收征用). A late application is flagged, not refused: the acceptance review decides.
     */
    static String timeliness(ActCategory category, LocalDate actDate, LocalDate knewOn, LocalDate receivedOn) {
        List<String> reasons = new ArrayList<>();
        if (receivedOn.isAfter(knewOn.plusDays(60))) {
            reasons.add("自知道行政行为之日起已超过60日(行政复议法第20条)");
        }
        if (actDate != null) {
            boolean immovable = category == ActCategory.RESOURCE_TITLE || category == ActCategory.EXPROPRIATION;
            if (receivedOn.isAfter(actDate.plusYears(immovable ? 20 : 5))) {
                reasons.add("自行政行为作出之日起已超过" + (immovable ? 20 : 5) + "年(行政复议法第21条)");
            }
        }
        return reasons.isEmpty() ? null : String.join(";", reasons);
    }

    /** 收到申请: opens the 5-working-day acceptance review (第30条). */
    Transition registration() {
        return Transition.of("receive", null, status, receivedOn, late ? "申请可能超过法定期限:" + lateReason : null,
                Transition.open(ACCEPTANCE_REVIEW, receivedOn));
    }

    /**
     * 受理审查 (第30、31、53条). ACCEPT opens the copy and decision periods of the procedure from the acceptance date
     * (and, through {@link #normativeReviewsFollowing}, the 30 days of each 附带审查 requested with the application);
     * a SIMPLE procedure needs a ground of 第53条 that the application supports (400 otherwise).
     */
    Transition acceptance(AcceptanceDecision decision, ReviewProcedure procedure, SimpleProcedureGround ground,
                          String reason, String competentBody, boolean majorComplex, boolean highlyTechnical,
                          LocalDate on, LocalDate today) {
        STEPS.check("acceptance", status);
        StepDates.require("decidedOn", on, today, receivedOn, lastStepOn);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (decision == AcceptanceDecision.ACCEPT) {
            if (procedure == null) {
                errors.add("procedure", "required", "受理时须确定审理程序(ORDINARY 或 SIMPLE)");
            } else if (procedure == ReviewProcedure.SIMPLE) {
                String refusal = majorComplex ? "重大、疑难、复杂的案件不适用简易程序(行政复议法第53条:事实清楚、争议不大)"
                        : simpleRefusal(ground);
                if (refusal != null) {
                    errors.add("simpleGround", "simple-procedure-not-eligible", refusal);
                }
            }
        } else if (decision == AcceptanceDecision.NOT_ACCEPT) {
            if (blank(reason)) {
                errors.add("reason", "required", "不予受理决定须载明理由(行政复议法第30条)");
            }
            if (blank(competentBody)) {
                errors.add("competentBody", "required", "不予受理决定须告知有管辖权的行政复议机关");
            }
        } else if (blank(reason)) {
            errors.add("reason", "required", "补正通知须一次性载明需要补正的事项(行政复议法第31条)");
        }
        errors.throwIfAny();
        ReconsiderationStatus from = status;
        lastStepOn = on;
        acceptanceReason = reason;
        switch (decision) {
            case ACCEPT -> {
                status = ACCEPTED;
                this.procedure = procedure;
                this.simpleGround = procedure == ReviewProcedure.SIMPLE ? ground : null;
                acceptedOn = on;
                this.majorComplex = majorComplex;
                this.highlyTechnical = highlyTechnical;
                return Transition.of("acceptance", from, status, on, procedure.label() + (majorComplex ? ",重大、疑难、复杂案件" : "")
                                + (highlyTechnical ? ",专业性技术性较强" : ""),
                        Transition.meet(ACCEPTANCE_REVIEW, on), Transition.open(copyRule(), on),
                        Transition.open(decisionRule(), on));
            }
            case NOT_ACCEPT -> {
                status = NOT_ACCEPTED;
                this.competentBody = competentBody;
                outcome = ReconsiderationOutcome.NOT_ACCEPTED;
                concludedOn = on;
                return Transition.of("acceptance", from, status, on, reason, Transition.meet(ACCEPTANCE_REVIEW, on),
                        Transition.cancelAll());
            }
            default -> {
                status = CORRECTION_REQUESTED;
                correctionRequestedOn = on;
                return Transition.of("acceptance", from, status, on, reason, Transition.meet(ACCEPTANCE_REVIEW, on),
                        Transition.open(CORRECTION, on));
            }
        }
    }

    /** Why a SIMPLE procedure is refused (第53条), or null when the application qualifies. */
    String simpleRefusal(SimpleProcedureGround ground) {
        if (ground == null) {
            return "适用简易程序须说明第53条规定的情形";
        }
        return switch (ground) {
            case SMALL_AMOUNT -> amountInvolved != null && amountInvolved.compareTo(SIMPLE_AMOUNT_LIMIT) <= 0 ? null
                    : "涉案款额" + (amountInvolved == null ? "未填写" : amountInvolved + "元") + ",不属于三千元以下(行政复议法第53条)";
            case GOV_INFO -> actCategory == ActCategory.GOV_INFO ? null : "被申请的行政行为不属于政府信息公开(行政复议法第53条)";
            case WARNING_OR_CRITICISM -> actCategory == ActCategory.PENALTY ? null : "警告、通报批评须为行政处罚(行政复议法第53条)";
            case ON_THE_SPOT_ACT, PARTIES_AGREE -> null;
        };
    }

    /** 补正材料收到 (第31条): the acceptance review starts again; the days spent on 补正 are not counted. */
    Transition corrections(LocalDate on, LocalDate today) {
        STEPS.check("corrections", status);
        StepDates.require("receivedOn", on, today, receivedOn, lastStepOn);
        ReconsiderationStatus from = status;
        correctionDays += (int) ChronoUnit.DAYS.between(correctionRequestedOn, on);
        status = RECEIVED;
        lastStepOn = on;
        return Transition.of("corrections", from, status, on, "补正材料已收到,重新审查",
                Transition.meet(CORRECTION, on), Transition.open(ACCEPTANCE_REVIEW, on));
    }

    /** 视为放弃 (第31条): only once the 补正 period has passed without the material. */
    Transition abandonment(LocalDate correctionDue, LocalDate on, LocalDate today) {
        STEPS.check("abandonment", status);
        StepDates.require("abandonedOn", on, today, receivedOn, lastStepOn);
        if (correctionDue != null && !on.isAfter(correctionDue)) {
            throw ValidationException.of("abandonedOn", "correction-period-running",
                    "补正期限至 " + correctionDue + " 届满,届满前不能视为放弃");
        }
        return conclude("abandonment", ABANDONED, ReconsiderationOutcome.ABANDONED, on, "逾期未补正,视为放弃申请");
    }

    /** 发送申请书副本 (第48条、第54条); the reply period runs from the respondent's receipt. */
    Transition copySent(LocalDate on, LocalDate respondentReceivedOn, LocalDate today) {
        STEPS.check("copy-sent", status);
        StepDates.require("sentOn", on, today, receivedOn, lastStepOn);
        LocalDate receipt = respondentReceivedOn == null ? on : respondentReceivedOn;
        StepDates.require("respondentReceivedOn", receipt, today, on, on);
        ReconsiderationStatus from = status;
        status = COPY_SENT;
        copySentOn = on;
        lastStepOn = receipt;
        return Transition.of("copy-sent", from, status, on, "被申请人收到副本:" + receipt,
                Transition.meet(copyRule(), on), Transition.open(replyRule(), receipt));
    }

    /** 被申请人答复 (第48条), or its absence: a missing reply is a 第70条 situation (the act is deemed without evidence). */
    Transition respondentReply(boolean replied, LocalDate on, LocalDate today) {
        STEPS.check("respondent-reply", status);
        StepDates.require("repliedOn", on, today, receivedOn, lastStepOn);
        ReconsiderationStatus from = status;
        status = UNDER_REVIEW;
        lastStepOn = on;
        if (replied) {
            repliedOn = on;
            return Transition.of("respondent-reply", from, status, on, "被申请人已答复并提交证据、依据",
                    Transition.meet(replyRule(), on));
        }
        noReply = true;
        return Transition.of("respondent-reply", from, status, on,
                "被申请人未按期答复:视为没有证据、依据(行政复议法第70条)", Transition.cancel(replyRule()));
    }

    /** 听证 (第50条): notice at least 5 working days before the hearing ({@code earliestHearing} is that date). */
    Transition hearing(LocalDate noticeOn, LocalDate earliestHearing, LocalDate heldOn, String record, boolean applicantAbsent,
                       LocalDate today) {
        STEPS.check("hearings", status);
        StepDates.require("noticeOn", noticeOn, today, receivedOn, acceptedOn);
        StepDates.require("heldOn", heldOn, today, receivedOn, lastStepOn);
        if (heldOn.isBefore(earliestHearing)) {
            throw ValidationException.of("heldOn", "hearing-notice-too-short",
                    "听证通知须在听证5个工作日前送达(行政复议法第51条):通知日 " + noticeOn + ",最早可于 " + earliestHearing + " 听证");
        }
        hearingCount++;
        lastHearingOn = heldOn;
        lastStepOn = heldOn;
        hearingWaived = hearingWaived || applicantAbsent;
        return Transition.event("hearings", status, heldOn, (applicantAbsent
                ? "申请人无正当理由拒不参加听证,视为放弃听证权利(行政复议法第51条)。" : "") + "听证笔录:" + record);
    }

    /** 行政复议委员会咨询 (第52条): the opinion is recorded. */
    Transition committeeConsultation(String opinion, LocalDate on, LocalDate today) {
        STEPS.check("committee-consultations", status);
        StepDates.require("consultedOn", on, today, receivedOn, lastStepOn);
        committeeConsulted = true;
        committeeOpinion = opinion;
        lastStepOn = on;
        return Transition.event("committee-consultations", status, on, "咨询意见:" + opinion);
    }

    /** 延期 (第62条): once, at most 30 days, approved by the head of the 复议机构; ordinary procedure only. */
    Transition extension(int days, String approvedBy, LocalDate on, LocalDate today) {
        STEPS.check("extension", status);
        StepDates.require("approvedOn", on, today, receivedOn, lastStepOn);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (procedure != ReviewProcedure.ORDINARY) {
            errors.add("days", "extension-not-allowed", "简易程序不能延期;须先经批准转为普通程序");
        } else if (extensionDays > 0) {
            errors.add("days", "already-extended", "本案已延期 " + extensionDays + " 日,只能延期一次(行政复议法第62条)");
        }
        errors.throwIfAny();
        extensionDays = days;
        extensionApprovedBy = approvedBy;
        lastStepOn = on;
        return Transition.event("extension", status, on, "延长" + days + "日,批准人:" + approvedBy + ",已书面告知当事人",
                Transition.open(decisionRule(), decisionAnchor()));
    }

    /**
     * 简易程序转为普通程序 (第55条), approved by the head of the 复议机构. The decision period becomes the ordinary 60 days
     * counted from the original acceptance ([U] STATUTES §1: the clock after conversion is unstated).
     */
    Transition conversion(String approvedBy, LocalDate on, LocalDate today) {
        STEPS.check("conversion", status);
        StepDates.require("approvedOn", on, today, receivedOn, lastStepOn);
        if (procedure != ReviewProcedure.SIMPLE) {
            throw ValidationException.of("procedure", "not-simple", "本案已适用普通程序,无需转换");
        }
        List<Transition.DeadlineEffect> effects = new ArrayList<>();
        effects.add(Transition.cancel(decisionRule()));
        if (status == ACCEPTED) {
            effects.add(Transition.cancel(copyRule()));
        }
        procedure = ReviewProcedure.ORDINARY;
        simpleGround = null;
        convertedBy = approvedBy;
        lastStepOn = on;
        if (status == ACCEPTED) {
            effects.add(Transition.open(copyRule(), acceptedOn));
        }
        if (status != SUSPENDED) {
            effects.add(Transition.open(decisionRule(), decisionAnchor()));
        }
        return new Transition("conversion", status, status, on, "简易程序转为普通程序,批准人:" + approvedBy, effects);
    }

    /** 行政复议意见书 (第76条): the agency reports its correction within 60 days. One letter per case. */
    Transition adviceLetter(String agency, String content, LocalDate on, LocalDate today) {
        STEPS.check("advice-letters", status);
        StepDates.require("issuedOn", on, today, receivedOn, concludedOn);
        if (adviceIssuedOn != null) {
            throw ValidationException.of("issuedOn", "advice-already-issued", "本案已于 " + adviceIssuedOn + " 制发意见书");
        }
        adviceAgency = agency;
        adviceContent = content;
        adviceIssuedOn = on;
        return Transition.event("advice-letters", status, on, "意见书致 " + agency + ":" + content,
                Transition.open(ADVICE_CORRECTION, on));
    }

    /** 纠正情况报送 (meets the 60-day period) and 回访复盘 (a visit after it). */
    Transition followUp(boolean correctionReport, String note, LocalDate on, LocalDate today) {
        STEPS.check("follow-ups", status);
        if (adviceIssuedOn == null) {
            throw ValidationException.of("kind", "no-advice-letter", "尚未制发意见书");
        }
        StepDates.require("on", on, today, receivedOn, correctionReport ? adviceIssuedOn : correctionReportedOn == null ? adviceIssuedOn : correctionReportedOn);
        if (correctionReport) {
            correctionReportedOn = on;
            this.correctionReport = note;
            return Transition.event("follow-ups", status, on, "纠正情况报告:" + note, Transition.meet(ADVICE_CORRECTION, on));
        }
        followUpOn = on;
        followUpNote = note;
        return Transition.event("follow-ups", status, on, "回访复盘:" + note);
    }

    /** 中止 (第39条): the decision clock stops; on grounds (1), (2), (4) sixty days lead to termination (第41条). */
    Transition suspension(SuspensionGround ground, String reason, LocalDate on, LocalDate today) {
        STEPS.check("suspension", status);
        StepDates.require("suspendedOn", on, today, receivedOn, lastStepOn);
        if (ground == SuspensionGround.NORMATIVE_REVIEW) {
            throw ValidationException.of("ground", "use-normative-review",
                    "规范性文件附带审查须通过附带审查步骤(normative-review)中止,以便计算第56-60条的期限");
        }
        ReconsiderationStatus from = status;
        resumeTo = status;
        status = SUSPENDED;
        suspendedOn = on;
        suspensionGround = ground;
        lastStepOn = on;
        String comment = ground.label() + (blank(reason) ? "" : ":" + reason);
        return TERMINATING_GROUNDS.contains(ground)
                ? Transition.of("suspension", from, status, on, comment, Transition.cancel(decisionRule()),
                        Transition.open(SUSPENSION_LIMIT, on))
                : Transition.of("suspension", from, status, on, comment, Transition.cancel(decisionRule()));
    }

    /** 恢复审理: the decision due date moves by exactly the days suspended. */
    Transition resumption(LocalDate on, LocalDate today) {
        STEPS.check("resumption", status);
        StepDates.require("resumedOn", on, today, receivedOn, lastStepOn);
        if (nrPending()) {
            throw ValidationException.of("resumedOn", "normative-review-pending",
                    "规范性文件附带审查尚未办结;记录最后一项审查的结论(result)即恢复审理");
        }
        return resume("resumption", on, Transition.meet(SUSPENSION_LIMIT, on));
    }

    /** Ends a suspension: the state before it comes back and the decision due date moves by the days suspended. */
    private Transition resume(String action, LocalDate on, Transition.DeadlineEffect... before) {
        ReconsiderationStatus from = status;
        int paused = (int) ChronoUnit.DAYS.between(suspendedOn, on);
        pausedDays += paused;
        status = resumeTo;
        resumeTo = null;
        lastStepOn = on;
        List<Transition.DeadlineEffect> effects = new ArrayList<>(List.of(before));
        effects.add(Transition.open(decisionRule(), decisionAnchor()));
        return new Transition(action, from, status, on, "中止 " + paused + " 日,审理期限相应顺延", effects);
    }

    /**
     * 案件定性 (第50、52条): the flags that make a hearing and a committee consultation mandatory, and the applicant's
     * request for a hearing. A null flag stays as it was. A SIMPLE case cannot be 重大、疑难、复杂 (第53条): convert it first.
     */
    Transition classification(Boolean majorComplex, Boolean highlyTechnical, Boolean article24Case,
                              Boolean consultationNecessary, Boolean hearingRequested, String note, LocalDate on,
                              LocalDate today) {
        STEPS.check("classification", status);
        StepDates.require("classifiedOn", on, today, receivedOn, acceptedOn);
        if (Boolean.TRUE.equals(majorComplex) && procedure == ReviewProcedure.SIMPLE) {
            throw ValidationException.of("majorComplex", "convert-first",
                    "简易程序案件须先经批准转为普通程序(第55条),方可认定为重大、疑难、复杂案件");
        }
        this.majorComplex = majorComplex == null ? this.majorComplex : majorComplex;
        this.highlyTechnical = highlyTechnical == null ? this.highlyTechnical : highlyTechnical;
        this.article24Case = article24Case == null ? this.article24Case : article24Case;
        this.consultationNecessary = consultationNecessary == null ? this.consultationNecessary : consultationNecessary;
        this.hearingRequested = hearingRequested == null ? this.hearingRequested : hearingRequested;
        List<String> flags = new ArrayList<>();
        if (this.majorComplex) {
            flags.add("重大、疑难、复杂");
        }
        if (this.highlyTechnical) {
            flags.add("专业性技术性较强");
        }
        if (this.article24Case) {
            flags.add("第24条第2款案件");
        }
        if (this.consultationNecessary) {
            flags.add("有必要咨询");
        }
        if (this.hearingRequested) {
            flags.add("申请人请求听证");
        }
        return Transition.event("classification", status, on, (flags.isEmpty() ? "一般案件" : String.join("、", flags))
                + (blank(note) ? "" : ":" + note));
    }

    /** 第52条: the cases that must go to the 行政复议委员会 before the decision. */
    public boolean isConsultationRequired() {
        return majorComplex || highlyTechnical || article24Case || consultationNecessary;
    }

    /** 第50条第1款: a 重大、疑难、复杂 case must be heard. */
    public boolean isHearingRequired() {
        return majorComplex;
    }

    /** What the procedure still lacks before a merits decision (第50、52条); empty when nothing. */
    List<FieldErrorDetail> unmetRequirements() {
        List<FieldErrorDetail> unmet = new ArrayList<>();
        if (isConsultationRequired() && !committeeConsulted) {
            unmet.add(new FieldErrorDetail("committeeConsulted", "committee-consultation-required",
                    "本案属于行政复议法第52条规定的情形(" + consultationGrounds() + "),作出决定前须提请行政复议委员会提出咨询意见"));
        }
        if (isHearingRequired() && hearingCount == 0) {
            unmet.add(new FieldErrorDetail("hearingCount", "hearing-required",
                    "重大、疑难、复杂的行政复议案件应当组织听证(行政复议法第50条第1款),作出决定前尚未听证"));
        }
        return unmet;
    }

    private String consultationGrounds() {
        List<String> grounds = new ArrayList<>();
        if (majorComplex) {
            grounds.add("案情重大、疑难、复杂");
        }
        if (highlyTechnical) {
            grounds.add("专业性、技术性较强");
        }
        if (article24Case) {
            grounds.add("第24条第2款规定的案件");
        }
        if (consultationNecessary) {
            grounds.add("行政复议机构认为有必要");
        }
        return String.join("、", grounds);
    }

    /** The codes of {@link #unmetRequirements()}, for the views. */
    public List<String> getOutstandingRequirements() {
        return concludedOn != null ? List.of()
                : unmetRequirements().stream().map(FieldErrorDetail::code).toList();
    }

    /** Whether a 附带审查 may start now: in review, or suspended already for another 附带审查 (第39条第1款第9项). */
    boolean normativeReviewMayStart() {
        return STEPS.allows(status, "normative-reviews")
                && (status != SUSPENDED || suspensionGround == SuspensionGround.NORMATIVE_REVIEW);
    }

    private void checkNormativeStart(LocalDate on, LocalDate today) {
        STEPS.check("normative-reviews", status);
        if (!normativeReviewMayStart()) {
            throw ValidationException.of("startedOn", "suspended-otherwise", "本案已于 " + suspendedOn + " 因“"
                    + suspensionGround.text() + "”中止审理(行政复议法第39条第1款第" + suspensionGround.item()
                    + "项),须先恢复审理,方可启动规范性文件附带审查");
        }
        StepDates.require("startedOn", on, today, receivedOn, lastStepOn);
    }

    /**
     * 启动新的规范性文件附带审查 (第56、57条): a document the applicant names later, or one the 复议机关 finds itself
     * (第57条); the document and its issuing body are required, and a document already under review in this case is a
     * 400 {@code normative-review-duplicate}. See {@link #startNormativeReview(NormativeReview, boolean, String, LocalDate)}.
     */
    NormativeStep newNormativeReview(NormativeReviewSource source, String document, String issuingBody, String provisions,
                                     boolean competent, LocalDate on, LocalDate today) {
        checkNormativeStart(on, today);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (blank(document)) {
            errors.add("document", "required", "须载明需要审查的规范性文件");
        }
        if (blank(issuingBody)) {
            errors.add("issuingBody", "required", "须载明规范性文件的制定机关");
        }
        errors.throwIfAny();
        requireNewDocument("document", document);
        NormativeReview n = new NormativeReview(this, normativeReviews.size() + 1, source, document, issuingBody, provisions, on);
        normativeReviews.add(n);
        return startNormativeReview(n, competent, null, on, on, false);
    }

    /**
     * 启动 the review of a document the applicant asked for with the application (第13条): its periods count from the
     * acceptance, when its 30 days opened ({@code handlingDue}, the open one's due date, or null for a case accepted
     * before they did: they open now, from the acceptance).
     */
    NormativeStep startRequestedNormativeReview(UUID reviewId, boolean competent, String provisions, LocalDate on,
                                                LocalDate handlingDue, LocalDate today) {
        NormativeReview n = normativeReview(reviewId);
        checkNormativeStart(on, today);
        if (n.started()) {
            throw ValidationException.of("startedOn", "normative-review-exists", "该附带审查已于 " + n.getStartedOn() + " 启动");
        }
        return startNormativeReview(n, competent, provisions, on, acceptedOn, handlingDue != null);
    }

    /**
     * The case is suspended (第39条第1款第9项) from the first 附带审查 started until the last one concludes: the first
     * cancels the decision deadline; a further one started meanwhile leaves the suspension as it is. A competent
     * 复议机关 handles each within 30 days and notifies its drafter within 3 working days (第58条); otherwise it transfers
     * it within 7 working days, both counted from {@code clockFrom} (see {@link NormativeReview#start}). Those periods
     * are the review's own.
     */
    private NormativeStep startNormativeReview(NormativeReview n, boolean competent, String provisions, LocalDate on,
                                               LocalDate clockFrom, boolean handlingOpen) {
        String what = "规范性文件附带审查(" + n.getSource().label() + "):" + n.getDocument() + ",制定机关 "
                + n.getIssuingBody() + ";" + (competent ? "本机关有权处理" : "本机关无权处理,须转送");
        Transition onReview = n.start(competent, provisions, on, clockFrom, handlingOpen,
                n.named(competent ? "启动,本机关有权处理" : "启动,须转送"));
        lastStepOn = on;
        if (status == SUSPENDED) {
            return new NormativeStep(n, onReview, Transition.event("normative-reviews", status, on, what + ",行政复议继续中止"));
        }
        ReconsiderationStatus from = status;
        resumeTo = status;
        status = SUSPENDED;
        suspendedOn = on;
        suspensionGround = SuspensionGround.NORMATIVE_REVIEW;
        return new NormativeStep(n, onReview, Transition.of("normative-reviews", from, status, on, what + ",行政复议中止",
                Transition.cancel(decisionRule())));
    }

    /** 书面通知制定机关 (第58条) of one review. */
    NormativeStep normativeReviewNotice(UUID reviewId, LocalDate on, LocalDate drafterReceivedOn, LocalDate today) {
        NormativeReview n = normativeReview(reviewId);
        STEPS.check("normative-review-notice", status);
        return onCase(n, "normative-review-notice", n.notice(on, drafterReceivedOn, today));
    }

    /** 转送有权处理的机关 (第56、57条) of one review. */
    NormativeStep normativeReviewTransfer(UUID reviewId, String transferee, LocalDate on, LocalDate transfereeReceivedOn,
                                          LocalDate today) {
        NormativeReview n = normativeReview(reviewId);
        STEPS.check("normative-review-transfer", status);
        return onCase(n, "normative-review-transfer", n.transfer(transferee, on, transfereeReceivedOn, today));
    }

    /** 制定机关的书面答复 (第58条) or the transferee's 处理意见 (第60条) of one review. */
    NormativeStep normativeReviewReply(UUID reviewId, String reply, LocalDate on, LocalDate today) {
        NormativeReview n = normativeReview(reviewId);
        STEPS.check("normative-review-reply", status);
        return onCase(n, "normative-review-reply", n.reply(reply, on, today));
    }

    /** The review's step, written in the case's timeline too. */
    private NormativeStep onCase(NormativeReview n, String action, Transition onReview) {
        return new NormativeStep(n, onReview, Transition.event(action, status, onReview.on(), onReview.comment()));
    }

    /**
     * 附带审查结论 (第59条, or the transferee's opinion, 第60条) of one review. When it was the last one under way the
     * case resumes, its decision due date moved by the days suspended since the first review started; otherwise the
     * case stays suspended.
     */
    NormativeStep normativeReviewResult(UUID reviewId, NormativeReviewResult result, String note, LocalDate on,
                                        LocalDate today) {
        NormativeReview n = normativeReview(reviewId);
        STEPS.check("normative-review-result", status);
        Transition onReview = n.conclude(result, note, on, lastStepOn, today);
        if (nrPending()) {
            lastStepOn = on;
            return new NormativeStep(n, onReview, Transition.event("normative-review-result", status, on,
                    onReview.comment() + ";其他附带审查尚未办结,行政复议继续中止"));
        }
        Transition resumed = resume("normative-review-result", on);
        return new NormativeStep(n, onReview, new Transition(resumed.action(), resumed.from(), resumed.to(), on,
                onReview.comment() + ";" + resumed.comment(), resumed.deadlines()));
    }

    /** One 附带审查 of this case (404 for an id of another case: its existence does not leak). */
    NormativeReview normativeReview(UUID reviewId) {
        return normativeReviews.stream().filter(n -> n.getId().equals(reviewId)).findFirst()
                .orElseThrow(() -> new NotFoundException("规范性文件附带审查", reviewId));
    }

    /** A transition of one 附带审查 that a step of the case brings with it. */
    record ReviewTransition(NormativeReview review, Transition transition) {
    }

    /**
     * What the case's step just taken (from {@code before}, {@code wasOpen}: not yet concluded) did to its 附带审查,
     * to apply after the case's own transition: the acceptance opens the 30 days (第56条) of each review the applicant
     * asked for with the application (第13条), counted from the acceptance; an ending (withdrawal, 终止, mediation,
     * 不予受理, 视为放弃, a decision) closes every review requested or under way, its periods cancelled.
     */
    List<ReviewTransition> normativeReviewsFollowing(ReconsiderationStatus before, boolean wasOpen) {
        if (before == RECEIVED && status == ACCEPTED) {
            return normativeReviews.stream().filter(n -> n.status() == NormativeReviewStatus.REQUESTED)
                    .map(n -> new ReviewTransition(n, n.acceptedWithCase(acceptedOn))).toList();
        }
        if (wasOpen && concludedOn != null) {
            return normativeReviews.stream().filter(n -> n.status() == NormativeReviewStatus.CLOSED)
                    .map(n -> new ReviewTransition(n, n.closedWithCase(concludedOn))).toList();
        }
        return List.of();
    }

    /** 调解 (第73条): a signed 调解书 ends the case; a failed mediation returns to the decision path. */
    Transition mediation(boolean succeeded, String note, LocalDate on, LocalDate today) {
        STEPS.check("mediation", status);
        StepDates.require("mediatedOn", on, today, receivedOn, lastStepOn);
        if (!succeeded) {
            lastStepOn = on;
            return Transition.event("mediation", status, on, "调解未达成协议,依法作出决定" + (blank(note) ? "" : ":" + note));
        }
        Transition t = conclude("mediation", MEDIATED, ReconsiderationOutcome.MEDIATED, on, note);
        return new Transition(t.action(), t.from(), t.to(), t.on(), t.comment(),
                List.of(Transition.meet(decisionRule(), on), Transition.cancelAll()));
    }

    /**
     * 复议决定 (第61-72条): drafted by the 复议机构, approved by the head or a collective discussion. A merits outcome
     * (or 驳回申请, 第33条) makes the case DECIDED; 终止 (第41条) ends it.
     */
    Transition decision(ReconsiderationOutcome outcome, ApprovalMode mode, String approvedBy, String reason,
                        LocalDate on, LocalDate today) {
        STEPS.check("decision", status);
        StepDates.require("decidedOn", on, today, receivedOn, lastStepOn);
        boolean termination = outcome == ReconsiderationOutcome.TERMINATED;
        if (!termination && !ReconsiderationOutcomes.DECISIONS.contains(outcome)) {
            throw ValidationException.of("outcome", "not-a-decision",
                    outcome.label() + "不是复议决定;不予受理、调解、撤回、视为放弃各有其步骤");
        }
        if (status == SUSPENDED && !termination) {
            throw ValidationException.of("outcome", "suspended", "中止期间只能作出终止决定;请先恢复审理");
        }
        if (!termination && outcome != ReconsiderationOutcome.APPLICATION_DISMISSED) {
            List<FieldErrorDetail> unmet = unmetRequirements();
            if (!unmet.isEmpty()) {
                throw new ProcedureRequirementException(unmet);
            }
        }
        this.approvalMode = mode;
        this.approvedBy = approvedBy;
        String comment = outcome.label() + "(" + mode.label() + ":" + approvedBy + ")" + (blank(reason) ? "" : " " + reason);
        Transition t = conclude("decision", termination ? TERMINATED : DECIDED, outcome, on, comment);
        return new Transition(t.action(), t.from(), t.to(), t.on(), t.comment(),
                List.of(Transition.meet(decisionRule(), on), Transition.cancelAll()));
    }

    /** 送达 (第75条): the decision takes effect; the 15-day window to sue opens (行政诉讼法第45条). */
    Transition service(LocalDate on, LocalDate today) {
        STEPS.check("service", status);
        StepDates.require("servedOn", on, today, receivedOn, lastStepOn);
        ReconsiderationStatus from = status;
        status = SERVED;
        servedOn = on;
        lastStepOn = on;
        return Transition.of("service", from, status, on, "复议决定书送达,发生法律效力",
                Transition.open(LITIGATION_WINDOW, on));
    }

    /** 起诉期届满未起诉: the decision is final. */
    Transition finality(LocalDate windowDue, LocalDate on, LocalDate today) {
        STEPS.check("finality", status);
        StepDates.require("finalOn", on, today, receivedOn, lastStepOn);
        if (windowDue != null && !on.isAfter(windowDue)) {
            throw ValidationException.of("finalOn", "litigation-window-running", "起诉期至 " + windowDue + " 届满,届满后方可确认未起诉");
        }
        ReconsiderationStatus from = status;
        status = FINAL;
        finalOn = on;
        lastStepOn = on;
        return Transition.of("finality", from, status, on, "起诉期届满未起诉", Transition.cancel(LITIGATION_WINDOW));
    }

    /** 当事人起诉 (recorded by the litigation that follows this decision). */
    Transition litigated(String courtCaseNo, LocalDate on) {
        STEPS.check("litigation", status);
        ReconsiderationStatus from = status;
        status = LITIGATED;
        LocalDate at = on.isBefore(lastStepOn) ? lastStepOn : on;
        lastStepOn = at;
        return Transition.of("litigation", from, status, at, "已起诉:" + courtCaseNo, Transition.meet(LITIGATION_WINDOW, at));
    }

    /** 撤回申请 (第74条 和解, or a plain withdrawal): the case ends as TERMINATED with the outcome WITHDRAWN. */
    Transition withdrawal(boolean settlement, String reason, LocalDate on, LocalDate today) {
        STEPS.check("withdrawal", status);
        StepDates.require("withdrawnOn", on, today, receivedOn, lastStepOn);
        return conclude("withdrawal", TERMINATED, ReconsiderationOutcome.WITHDRAWN, on,
                (settlement ? "和解后撤回申请" : "申请人撤回申请") + (blank(reason) ? "" : ":" + reason));
    }

    private Transition conclude(String action, ReconsiderationStatus to, ReconsiderationOutcome result, LocalDate on,
                                String comment) {
        ReconsiderationStatus from = status;
        status = to;
        outcome = result;
        concludedOn = on;
        lastStepOn = on;
        resumeTo = null;
        return Transition.of(action, from, to, on, comment, Transition.cancelAll());
    }

    /** 视为受理 (第30条): still RECEIVED after the review period without a refusal. */
    public boolean deemedAccepted(LocalDate reviewDue, LocalDate today) {
        return status == RECEIVED && reviewDue != null && reviewDue.isBefore(today);
    }

    /** The decision period counts from acceptance, plus the days suspended and the approved extension. */
    LocalDate decisionAnchor() {
        return acceptedOn.plusDays((long) pausedDays + extensionDays);
    }

    String copyRule() {
        return procedure == ReviewProcedure.SIMPLE ? "RV_COPY_SIMPLE" : "RV_COPY_ORDINARY";
    }

    String replyRule() {
        return procedure == ReviewProcedure.SIMPLE ? "RV_REPLY_SIMPLE" : "RV_REPLY_ORDINARY";
    }

    String decisionRule() {
        return procedure == ReviewProcedure.SIMPLE ? "RV_DECISION_SIMPLE" : "RV_DECISION_ORDINARY";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public List<String> allowedActions() {
        // The state table, narrowed by what the record itself allows (the same checks answer 400 when tried anyway).
        return STEPS.actionsFrom(status).stream().filter(a -> switch (a) {
            case "litigation" -> false;
            case "conversion" -> procedure == ReviewProcedure.SIMPLE;
            case "extension" -> procedure == ReviewProcedure.ORDINARY && extensionDays == 0;
            case "advice-letters" -> adviceIssuedOn == null;
            case "follow-ups" -> adviceIssuedOn != null;
            // a new 附带审查 (第57条, or a document named later); a requested one starts by its own step
            case "normative-reviews" -> normativeReviewMayStart();
            // each review's steps are its own allowedActions
            case "normative-review-notice", "normative-review-transfer", "normative-review-reply",
                 "normative-review-result" -> false;
            case "resumption" -> !nrPending();
            default -> true;
        }).toList();
    }

    private boolean nrPending() {
        return normativeReviews.stream().anyMatch(NormativeReview::pending);
    }

    /** 附带审查 under way: started, without a result, in a case not concluded meanwhile (withdrawn, terminated). */
    public boolean isNormativeReviewPending() {
        return nrPending() && concludedOn == null;
    }

    /** An open period of a 附带审查 of this case has passed (they are the reviews' own rows, not the case's). */
    public boolean isNormativeReviewOverdue(LocalDate today) {
        return normativeReviews.stream().anyMatch(n -> n.getNextDueOn() != null && n.getNextDueOn().isBefore(today));
    }

    /** The earliest open due date of the case and of its 附带审查, as the detail's {@code nextDueOn}. */
    public LocalDate nextDueWithReviews() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(getNextDueOn()),
                        normativeReviews.stream().map(NormativeReview::getNextDueOn))
                .filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    @Override
    public ReconsiderationStatus status() {
        return status;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String reference() {
        return "行政复议 " + applicants + " 诉 " + respondentName;
    }

    @Override
    public String link() {
        return "/review/reconsiderations/" + getId();
    }

    @Override
    public String assignee() {
        return assignee;
    }

    @Override
    public UUID unitOrganizationId() {
        return null;
    }

    /** The applicants' names as one text (申请人 in references, search). */
    public String getApplicantNames() { return applicants; }
    public List<ReconsiderationParty> getApplicants() { return partiesOf(PartyRole.APPLICANT); }
    public List<ReconsiderationParty> getThirdParties() { return partiesOf(PartyRole.THIRD_PARTY); }
    private List<ReconsiderationParty> partiesOf(PartyRole role) { return parties.stream().filter(p -> p.getRole() == role).toList(); }
    public String getAssignee() { return assignee; }
    public String getRespondentName() { return respondentName; }
    public String getRespondentCreditCode() { return respondentCreditCode; }
    public ActCategory getActCategory() { return actCategory; }
    public String getActDescription() { return actDescription; }
    public LocalDate getActDate() { return actDate; }
    public LocalDate getKnewOn() { return knewOn; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getRequests() { return requests; }
    public BigDecimal getAmountInvolved() { return amountInvolved; }
    public ApplicationChannel getChannel() { return channel; }
    public boolean isLate() { return late; }
    public String getLateReason() { return lateReason; }
    public ReconsiderationStatus getStatus() { return status; }
    public ReviewProcedure getProcedure() { return procedure; }
    public SimpleProcedureGround getSimpleGround() { return simpleGround; }
    public LocalDate getAcceptedOn() { return acceptedOn; }
    public String getAcceptanceReason() { return acceptanceReason; }
    public String getCompetentBody() { return competentBody; }
    public int getCorrectionDays() { return correctionDays; }
    public LocalDate getCopySentOn() { return copySentOn; }
    public LocalDate getRepliedOn() { return repliedOn; }
    public boolean isNoReply() { return noReply; }
    public int getHearingCount() { return hearingCount; }
    public LocalDate getLastHearingOn() { return lastHearingOn; }
    public boolean isCommitteeConsulted() { return committeeConsulted; }
    public String getCommitteeOpinion() { return committeeOpinion; }
    public int getExtensionDays() { return extensionDays; }
    public String getExtensionApprovedBy() { return extensionApprovedBy; }
    public LocalDate getSuspendedOn() { return suspendedOn; }
    public SuspensionGround getSuspensionGround() { return suspensionGround; }
    public int getPausedDays() { return pausedDays; }
    public ReconsiderationOutcome getOutcome() { return outcome; }
    public ApprovalMode getApprovalMode() { return approvalMode; }
    public String getApprovedBy() { return approvedBy; }
    public LocalDate getConcludedOn() { return concludedOn; }
    public LocalDate getServedOn() { return servedOn; }
    public LocalDate getFinalOn() { return finalOn; }
    public String getConvertedBy() { return convertedBy; }
    public String getAdviceAgency() { return adviceAgency; }
    public String getAdviceContent() { return adviceContent; }
    public LocalDate getAdviceIssuedOn() { return adviceIssuedOn; }
    public LocalDate getCorrectionReportedOn() { return correctionReportedOn; }
    public String getCorrectionReport() { return correctionReport; }
    public LocalDate getFollowUpOn() { return followUpOn; }
    public String getFollowUpNote() { return followUpNote; }
    public List<ReconsiderationParty> getParties() { return parties; }
    public boolean isMajorComplex() { return majorComplex; }
    public boolean isHighlyTechnical() { return highlyTechnical; }
    public boolean isArticle24Case() { return article24Case; }
    public boolean isConsultationNecessary() { return consultationNecessary; }
    public boolean isHearingRequested() { return hearingRequested; }
    public boolean isHearingWaived() { return hearingWaived; }
    /** The 附带审查 asked for or started, in their order; empty when none. */
    public List<NormativeReview> getNormativeReviews() { return normativeReviews; }
}
