package cn.sifa.review.litigation;

import static cn.sifa.review.litigation.LitigationStatus.APPEALED;
import static cn.sifa.review.litigation.LitigationStatus.DEFENCE_FILED;
import static cn.sifa.review.litigation.LitigationStatus.EFFECTIVE;
import static cn.sifa.review.litigation.LitigationStatus.HEARD;
import static cn.sifa.review.litigation.LitigationStatus.JUDGED;
import static cn.sifa.review.litigation.LitigationStatus.SUMMONS_RECEIVED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.WorkflowEntity;
import cn.sifa.review.reconsideration.ActCategory;

/**
 * 行政应诉案件: the county government (or its department) is defendant. SUMMONS_RECEIVED → (答辩举证, 15 days,
 * 行政诉讼法第67条) DEFENCE_FILED → HEARD (负责人出庭) → JUDGED → (上诉期 15/10 days, 第85条) APPEALED | EFFECTIVE, and after
 * an effective loss the agency's performance of the judgment (履行, 第94–96条).
 */
@Entity
@Audited
@Table(name = "rv_litigation")
public class Litigation extends WorkflowEntity {

    public static final String RECORD_TYPE = "review-litigation";
    static final String DEFENCE = "RV_LIT_DEFENCE";
    static final String APPEAL_JUDGMENT = "RV_LIT_APPEAL_JUDGMENT";
    static final String APPEAL_RULING = "RV_LIT_APPEAL_RULING";
    static final String COURT_FIRST = "RV_LIT_COURT_FIRST";
    static final String COURT_SIMPLE = "RV_LIT_COURT_SIMPLE";
    static final String COURT_SECOND = "RV_LIT_COURT_SECOND";
    /** 出庭通知书 at least 3 days before the hearing (出庭应诉规定第5条); the rule the service counts it with. */
    static final String APPEARANCE_NOTICE = "RV_LIT_APPEARANCE_NOTICE";
    /** 败诉: the judgments against the agency (first-instance losses count these). */
    public static final Set<LitigationOutcome> LOSSES = EnumSet.of(LitigationOutcome.REVOKE, LitigationOutcome.PERFORM,
            LitigationOutcome.PAY, LitigationOutcome.CONFIRM_ILLEGAL, LitigationOutcome.CONFIRM_INVALID,
            LitigationOutcome.CHANGE, LitigationOutcome.AGREEMENT);
    static final Set<LitigationOutcome> RULINGS = EnumSet.of(LitigationOutcome.NOT_REGISTERED,
            LitigationOutcome.SUIT_DISMISSED, LitigationOutcome.WITHDRAWAL_ALLOWED);

    static final StateMachine<LitigationStatus> STEPS = new StateMachine<>(LitigationStatus.class)
            .allow(SUMMONS_RECEIVED, "defence-filed", DEFENCE_FILED)
            .allow(SUMMONS_RECEIVED, "hearing-notice", SUMMONS_RECEIVED).allow(DEFENCE_FILED, "hearing-notice", DEFENCE_FILED)
            .allow(HEARD, "hearing-notice", HEARD)
            .allow(SUMMONS_RECEIVED, "court-extension", SUMMONS_RECEIVED).allow(DEFENCE_FILED, "court-extension", DEFENCE_FILED)
            .allow(HEARD, "court-extension", HEARD)
            .allow(SUMMONS_RECEIVED, "court-procedure-conversion", SUMMONS_RECEIVED)
            .allow(DEFENCE_FILED, "court-procedure-conversion", DEFENCE_FILED).allow(HEARD, "court-procedure-conversion", HEARD)
            .allow(DEFENCE_FILED, "hearings", HEARD).allow(HEARD, "hearings", HEARD)
            .allow(SUMMONS_RECEIVED, "judgment", JUDGED).allow(DEFENCE_FILED, "judgment", JUDGED)
            .allow(HEARD, "judgment", JUDGED)
            .allow(JUDGED, "appeal", APPEALED)
            .allow(JUDGED, "effective", EFFECTIVE)
            .allow(JUDGED, "accountability", JUDGED).allow(APPEALED, "accountability", APPEALED)
            .allow(EFFECTIVE, "accountability", EFFECTIVE)
            .allow(EFFECTIVE, "performance", EFFECTIVE);

    private String assignee;
    private String court;
    private String courtCaseNo;
    @Enumerated(EnumType.STRING)
    private Instance instance;
    private String plaintiff;
    private String defendantAgencies;
    private UUID relatedReconsiderationId;
    @Enumerated(EnumType.STRING)
    private ActCategory actCategory;
    private LocalDate summonsReceivedOn;
    @Enumerated(EnumType.STRING)
    private LitigationStatus status;
    private LocalDate lastStepOn;
    private LocalDate defenceFiledOn;
    private boolean evidenceFiled;
    private boolean normativeDocumentsFiled;
    private int hearingCount;
    private LocalDate lastHearingOn;
    private boolean headAppeared;
    @Enumerated(EnumType.STRING)
    private AppearanceRole appearanceRole;
    private String appearedName;
    @Enumerated(EnumType.STRING)
    private AbsenceReason absenceReason;
    private Boolean absenceProofFiled;
    private Boolean headSpoke;
    private boolean courtRequiredHead;
    @Enumerated(EnumType.STRING)
    private RulingKind rulingKind;
    @Enumerated(EnumType.STRING)
    private LitigationOutcome outcome;
    private LocalDate judgedOn;
    private LocalDate judgmentReceivedOn;
    private LocalDate appealedOn;
    private LocalDate effectiveOn;
    private LocalDate performedOn;
    private String performanceNote;
    /** 立案 (or, on appeal, the court's receipt of the 上诉状): the court period runs from it. */
    private LocalDate registeredOn;
    @Enumerated(EnumType.STRING)
    private CourtProcedure courtProcedure;
    private LocalDate noticeServedOn;
    private LocalDate scheduledHearingOn;
    private boolean noticeHeadRequired;
    /** The 出庭通知书 reached the agency fewer than 3 days before the hearing (出庭应诉规定第5条). */
    private boolean noticeShort;
    private LocalDate noticeEarliestHearing;
    private int courtExtensionMonths;
    private LocalDate courtConvertedOn;
    private String courtExtensionApprovedBy;

    protected Litigation() {
    }

    Litigation(String divisionCode, String assignee, String court, String courtCaseNo, Instance instance, String plaintiff,
               List<String> defendantAgencies, UUID relatedReconsiderationId, ActCategory actCategory,
               LocalDate summonsReceivedOn, LocalDate registeredOn, CourtProcedure courtProcedure) {
        super(divisionCode);
        this.registeredOn = registeredOn;
        this.courtProcedure = courtProcedure;
        this.assignee = assignee;
        this.court = court;
        this.courtCaseNo = courtCaseNo;
        this.instance = instance;
        this.plaintiff = plaintiff;
        this.defendantAgencies = String.join("、", defendantAgencies);
        this.relatedReconsiderationId = relatedReconsiderationId;
        this.actCategory = actCategory;
        this.summonsReceivedOn = summonsReceivedOn;
        this.status = SUMMONS_RECEIVED;
        this.lastStepOn = summonsReceivedOn;
    }

    /** 收到起诉状副本: the defence, the evidence and the 规范性文件 are due in 15 days (第67条); late evidence counts as none (第34条). */
    Transition registration() {
        String comment = "逾期提交证据视为没有相应证据(行政诉讼法第34条)";
        String court = courtRule();
        return registeredOn == null || court == null
                ? Transition.of("receive", null, status, summonsReceivedOn, comment, Transition.open(DEFENCE, summonsReceivedOn))
                : Transition.of("receive", null, status, summonsReceivedOn, comment, Transition.open(DEFENCE, summonsReceivedOn),
                        Transition.open(court, registeredOn));
    }

    /**
     * The court's period (审理期限) for this instance: 6 months from 立案 (第81条), 45 days under the simple procedure
     * (第83条), 3 months from the 上诉状 on appeal (第88条); none for a retrial (its period follows the procedure the
     * retrial uses, which the record does not know).
     */
    String courtRule() {
        return switch (instance) {
            case FIRST -> courtProcedure == CourtProcedure.SIMPLE ? COURT_SIMPLE : COURT_FIRST;
            case SECOND -> COURT_SECOND;
            case RETRIAL -> null;
        };
    }

    /**
     * 出庭通知书 received (出庭应诉规定第4、5条): records the hearing date and whether the court requires the head to
     * appear. The court must serve it at least 3 days before the hearing ({@code earliestHearing}, counted by the
     * service with the rule {@link #APPEARANCE_NOTICE}); a later notice is recorded with a warning, not refused: the
     * agency may ask the court to postpone.
     */
    Transition hearingNotice(LocalDate servedOn, LocalDate hearingOn, LocalDate earliestHearing, boolean headRequired,
                             String note, LocalDate today) {
        STEPS.check("hearing-notice", status);
        StepDates.require("servedOn", servedOn, today, summonsReceivedOn, summonsReceivedOn);
        if (hearingOn == null || hearingOn.isBefore(servedOn)) {
            throw ValidationException.of("hearingOn", "date-order", "开庭日期不能早于出庭通知书送达日期 " + servedOn);
        }
        noticeServedOn = servedOn;
        scheduledHearingOn = hearingOn;
        noticeEarliestHearing = earliestHearing;
        noticeShort = hearingOn.isBefore(earliestHearing);
        noticeHeadRequired = headRequired;
        courtRequiredHead = courtRequiredHead || headRequired;
        String comment = "出庭通知书:" + hearingOn + " 开庭" + (headRequired ? ",法院通知行政机关负责人出庭" : "")
                + (noticeShort ? ";" + hearingNoticeWarning() : "") + (note == null || note.isBlank() ? "" : ";" + note);
        return Transition.event("hearing-notice", status, servedOn, comment);
    }

    /**
     * 审理期限延长 (行政诉讼法第81条: 高级人民法院批准; 第88条: 二审同). The court's period moves by the months granted,
     * cumulated. A simple-procedure case is not extended: the court converts it to the ordinary procedure (第84条).
     */
    Transition courtExtension(int months, String approvedBy, LocalDate on, LocalDate today) {
        STEPS.check("court-extension", status);
        StepDates.require("approvedOn", on, today, registeredOn == null ? summonsReceivedOn : registeredOn, registeredOn);
        String rule = courtRule();
        if (registeredOn == null || rule == null) {
            throw ValidationException.of("registeredOn", "no-court-period", "未记录立案日期(或为再审案件),没有可延长的审理期限");
        }
        if (rule.equals(COURT_SIMPLE)) {
            throw ValidationException.of("months", "simple-no-extension",
                    "简易程序案件不延长审理期限;法院认为不宜适用简易程序的,裁定转为普通程序(行政诉讼法第84条)");
        }
        courtExtensionMonths += months;
        courtExtensionApprovedBy = approvedBy;
        return Transition.event("court-extension", status, on, "审理期限延长" + months + "个月,批准:" + approvedBy,
                Transition.open(rule, registeredOn.plusMonths(courtExtensionMonths)));
    }

    /**
     * 简易程序转普通程序 (行政诉讼法第84条): the court rules that the case does not suit the simple procedure. The 45-day
     * period gives way to the ordinary 6 months, still counted from 立案 (行政诉讼法解释第105条), so a conversion
     * never restarts the court's clock.
     */
    Transition courtProcedureConversion(LocalDate on, String note, LocalDate today) {
        STEPS.check("court-procedure-conversion", status);
        if (registeredOn == null || !COURT_SIMPLE.equals(courtRule())) {
            throw ValidationException.of("courtProcedure", "not-simple", "只有已立案、适用简易程序的一审案件才能转为普通程序");
        }
        StepDates.require("convertedOn", on, today, registeredOn, registeredOn);
        courtProcedure = CourtProcedure.ORDINARY;
        courtConvertedOn = on;
        String comment = "法院裁定转为普通程序,审理期限自立案之日起六个月" + (note == null || note.isBlank() ? "" : ";" + note.trim());
        return Transition.event("court-procedure-conversion", status, on, comment, Transition.cancel(COURT_SIMPLE),
                Transition.open(COURT_FIRST, registeredOn));
    }

    /** The warning a short notice carries, or null. */
    public String hearingNoticeWarning() {
        return noticeShort ? "出庭通知书送达距开庭不足3日(出庭应诉规定第5条:应在开庭3日前送达,最早应于 " + noticeEarliestHearing
                + " 开庭),可申请延期开庭" : null;
    }

    Transition defenceFiled(boolean evidence, boolean normativeDocuments, LocalDate on, LocalDate today) {
        STEPS.check("defence-filed", status);
        StepDates.require("filedOn", on, today, summonsReceivedOn, lastStepOn);
        LitigationStatus from = status;
        status = DEFENCE_FILED;
        defenceFiledOn = on;
        evidenceFiled = evidence;
        normativeDocumentsFiled = normativeDocuments;
        lastStepOn = on;
        return Transition.of("defence-filed", from, status, on,
                "答辩状" + (evidence ? "、证据" : "") + (normativeDocuments ? "、规范性文件" : ""), Transition.meet(DEFENCE, on));
    }

    /**
     * 开庭 and who appeared for the agency (出庭应诉规定第2、8、9条). A head counts; otherwise the reason and whether
     * proof was filed are required. Never a lawyer alone (解释第128条): a staff member of the agency appears.
     */
    Transition hearing(LocalDate heldOn, AppearanceRole role, String name, AbsenceReason reason, Boolean proofFiled,
                       Boolean spoke, boolean courtRequired, LocalDate today) {
        STEPS.check("hearings", status);
        StepDates.require("heldOn", heldOn, today, summonsReceivedOn, lastStepOn);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (role == AppearanceRole.STAFF) {
            if (reason == null) {
                errors.add("absenceReason", "required", "负责人未出庭的,须说明正当理由(出庭应诉规定第8条)");
            }
            if (proofFiled == null) {
                errors.add("absenceProofFiled", "required", "须说明是否已提交负责人不能出庭的证明材料(出庭应诉规定第9条)");
            }
        } else if (reason != null) {
            errors.add("absenceReason", "not-applicable", "负责人已出庭,无需说明不能出庭的理由");
        }
        errors.throwIfAny();
        LitigationStatus from = status;
        status = HEARD;
        hearingCount++;
        lastHearingOn = heldOn;
        lastStepOn = heldOn;
        appearanceRole = role;
        appearedName = name;
        boolean head = role != AppearanceRole.STAFF;
        headAppeared = headAppeared || head;
        absenceReason = head ? null : reason;
        absenceProofFiled = head ? null : proofFiled;
        headSpoke = head ? spoke : null;
        courtRequiredHead = courtRequiredHead || courtRequired;
        String comment = role.label() + " " + name + " 出庭" + (head ? (Boolean.TRUE.equals(spoke) ? ",并发言" : "")
                : ",负责人未出庭:" + reason.label());
        return Transition.of("hearings", from, status, heldOn, comment);
    }

    /** 判决或裁定: opens the appeal window (15 days for a judgment, 10 for a ruling; 第85条) from its receipt. */
    Transition judgment(LitigationOutcome result, LocalDate on, LocalDate receivedOn, LocalDate today) {
        STEPS.check("judgment", status);
        StepDates.require("judgedOn", on, today, summonsReceivedOn, lastStepOn);
        LocalDate receipt = receivedOn == null ? on : receivedOn;
        StepDates.require("receivedOn", receipt, today, on, on);
        LitigationStatus from = status;
        status = JUDGED;
        outcome = result;
        rulingKind = RULINGS.contains(result) ? RulingKind.RULING : RulingKind.JUDGMENT;
        judgedOn = on;
        judgmentReceivedOn = receipt;
        lastStepOn = receipt;
        String court = courtRule();
        return court == null
                ? Transition.of("judgment", from, status, on, rulingKind.label() + ":" + result.label(),
                        Transition.cancel(DEFENCE), Transition.open(appealRule(), receipt))
                : Transition.of("judgment", from, status, on, rulingKind.label() + ":" + result.label(),
                        Transition.cancel(DEFENCE), Transition.meet(court, on), Transition.open(appealRule(), receipt));
    }

    Transition appeal(String by, LocalDate on, LocalDate today) {
        STEPS.check("appeal", status);
        StepDates.require("appealedOn", on, today, summonsReceivedOn, lastStepOn);
        LitigationStatus from = status;
        status = APPEALED;
        appealedOn = on;
        lastStepOn = on;
        return Transition.of("appeal", from, status, on, "上诉:" + by, Transition.meet(appealRule(), on));
    }

    /** 生效: only once the appeal window has passed with no appeal. */
    Transition effective(LocalDate appealDue, LocalDate on, LocalDate today) {
        STEPS.check("effective", status);
        StepDates.require("effectiveOn", on, today, summonsReceivedOn, lastStepOn);
        if (appealDue != null && !on.isAfter(appealDue)) {
            throw ValidationException.of("effectiveOn", "appeal-window-running", "上诉期至 " + appealDue + " 届满,届满后方生效");
        }
        LitigationStatus from = status;
        status = EFFECTIVE;
        effectiveOn = on;
        lastStepOn = on;
        return Transition.of("effective", from, status, on, "上诉期届满,裁判生效", Transition.cancelAll());
    }

    /**
     * 履行: the agency performed an effective judgment against it (revoked and re-decided, acted, paid, …). Recorded
     * once; a judgment the agency won, or one not yet effective, has nothing to perform.
     */
    Transition performance(String note, LocalDate on, LocalDate today) {
        STEPS.check("performance", status);
        StepDates.require("performedOn", on, today, summonsReceivedOn, effectiveOn);
        if (!lost()) {
            throw ValidationException.of("note", "not-lost", "本案未败诉(" + outcome.label() + "),无需登记履行");
        }
        if (performedOn != null) {
            throw ValidationException.of("performedOn", "already-performed", "已于 " + performedOn + " 登记履行情况");
        }
        performedOn = on;
        performanceNote = note;
        lastStepOn = on;
        return Transition.event("performance", status, on, "履行裁判:" + note);
    }

    /** 败诉责任追究: only after a loss; the record itself is an {@link Accountability} the service stores. */
    Transition accountability(String person, AccountabilityMeasure measure, LocalDate on, LocalDate today) {
        STEPS.check("accountability", status);
        StepDates.require("decidedOn", on, today, summonsReceivedOn, judgedOn);
        if (!lost()) {
            throw ValidationException.of("measure", "not-lost", "本案未败诉(" + outcome.label() + "),无需追究败诉责任");
        }
        return Transition.event("accountability", status, on, "败诉责任追究:" + person + " " + measure.label());
    }

    String appealRule() {
        return rulingKind == RulingKind.RULING ? APPEAL_RULING : APPEAL_JUDGMENT;
    }

    /** 败诉: a judgment against the agency. */
    public boolean lost() {
        return outcome != null && LOSSES.contains(outcome);
    }

    @Override
    public List<String> allowedActions() {
        return STEPS.actionsFrom(status).stream().filter(a -> !"accountability".equals(a) || lost())
                .filter(a -> !"performance".equals(a) || lost() && performedOn == null).toList();
    }

    @Override
    public LitigationStatus status() {
        return status;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String reference() {
        return "行政应诉 " + courtCaseNo;
    }

    @Override
    public String link() {
        return "/review/litigations/" + getId();
    }

    @Override
    public String assignee() {
        return assignee;
    }

    @Override
    public UUID unitOrganizationId() {
        return null;
    }

    public String getAssignee() { return assignee; }
    public String getCourt() { return court; }
    public String getCourtCaseNo() { return courtCaseNo; }
    public Instance getInstance() { return instance; }
    public String getPlaintiff() { return plaintiff; }
    public List<String> getDefendantAgencies() { return List.of(defendantAgencies.split("、")); }
    public UUID getRelatedReconsiderationId() { return relatedReconsiderationId; }
    public ActCategory getActCategory() { return actCategory; }
    public LocalDate getSummonsReceivedOn() { return summonsReceivedOn; }
    public LitigationStatus getStatus() { return status; }
    public LocalDate getDefenceFiledOn() { return defenceFiledOn; }
    public boolean isEvidenceFiled() { return evidenceFiled; }
    public boolean isNormativeDocumentsFiled() { return normativeDocumentsFiled; }
    public int getHearingCount() { return hearingCount; }
    public LocalDate getLastHearingOn() { return lastHearingOn; }
    public boolean isHeadAppeared() { return headAppeared; }
    public AppearanceRole getAppearanceRole() { return appearanceRole; }
    public String getAppearedName() { return appearedName; }
    public AbsenceReason getAbsenceReason() { return absenceReason; }
    public Boolean getAbsenceProofFiled() { return absenceProofFiled; }
    public Boolean getHeadSpoke() { return headSpoke; }
    public boolean isCourtRequiredHead() { return courtRequiredHead; }
    public RulingKind getRulingKind() { return rulingKind; }
    public LitigationOutcome getOutcome() { return outcome; }
    public LocalDate getJudgedOn() { return judgedOn; }
    public LocalDate getJudgmentReceivedOn() { return judgmentReceivedOn; }
    public LocalDate getAppealedOn() { return appealedOn; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public LocalDate getPerformedOn() { return performedOn; }
    public String getPerformanceNote() { return performanceNote; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public CourtProcedure getCourtProcedure() { return courtProcedure; }
    public LocalDate getNoticeServedOn() { return noticeServedOn; }
    public LocalDate getScheduledHearingOn() { return scheduledHearingOn; }
    public boolean isNoticeHeadRequired() { return noticeHeadRequired; }
    public boolean isNoticeShort() { return noticeShort; }
    public LocalDate getNoticeEarliestHearing() { return noticeEarliestHearing; }
    public int getCourtExtensionMonths() { return courtExtensionMonths; }
    public LocalDate getCourtConvertedOn() { return courtConvertedOn; }
    public String getCourtExtensionApprovedBy() { return courtExtensionApprovedBy; }
}
