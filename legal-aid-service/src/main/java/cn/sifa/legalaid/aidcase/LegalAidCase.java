package cn.sifa.legalaid.aidcase;

import static cn.sifa.legalaid.aidcase.CaseStatus.ASSIGNED;
import static cn.sifa.legalaid.aidcase.CaseStatus.AWAITING_ASSIGNMENT;
import static cn.sifa.legalaid.aidcase.CaseStatus.CLOSED;
import static cn.sifa.legalaid.aidcase.CaseStatus.IN_SERVICE;
import static cn.sifa.legalaid.aidcase.CaseStatus.OBJECTION_FILED;
import static cn.sifa.legalaid.aidcase.CaseStatus.TERMINATED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import cn.sifa.core.error.ConflictException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.WorkflowEntity;
import cn.sifa.legalaid.provider.Provider;

/**
 * 法律援助案件: AWAITING_ASSIGNMENT → (assign, 3 days: Art 43 or Art 36) ASSIGNED → (service records) IN_SERVICE →
 * CLOSED, or TERMINATED on an Art 48 ground. Opened by a grant, by aid before the decision (Art 44) or by a
 * notification of 公检法 (Arts 25, 28, 36), whose notifier is then told who was assigned.
 */
@Entity
@Table(name = "la_case")
@Audited
public class LegalAidCase extends WorkflowEntity {

    public static final String RECORD_TYPE = "legal-aid-case";
    public static final String ASSIGNMENT = "LA_ASSIGNMENT";
    public static final String NOTIFIED_ASSIGNMENT = "LA_NOTIFIED_ASSIGNMENT";
    public static final String OBJECTION_DECISION = "LA_OBJECTION_DECISION";

    static final StateMachine<CaseStatus> STEPS = new StateMachine<>(CaseStatus.class)
            .allow(AWAITING_ASSIGNMENT, "assign", ASSIGNED)
            .allow(ASSIGNED, "inform-notifier", ASSIGNED)
            .allow(IN_SERVICE, "inform-notifier", IN_SERVICE)
            .allow(ASSIGNED, "service-records", IN_SERVICE)
            .allow(IN_SERVICE, "service-records", IN_SERVICE)
            .allow(ASSIGNED, "terminate", TERMINATED)
            .allow(IN_SERVICE, "terminate", TERMINATED)
            .allow(ASSIGNED, "close", CLOSED)
            .allow(IN_SERVICE, "close", CLOSED)
            .allow(TERMINATED, "objection", OBJECTION_FILED)
            .allow(OBJECTION_FILED, "objection-decision", TERMINATED, ASSIGNED, IN_SERVICE)
            .allow(CLOSED, "quality-review", CLOSED)
            .allow(CLOSED, "follow-up", CLOSED);

    private String caseNo;
    private String handler;
    @Enumerated(EnumType.STRING)
    private CaseSource source;
    private UUID applicationId;
    private String clientName;
    private String clientIdNumber;
    private String clientPhone;
    @Enumerated(EnumType.STRING)
    private AidCategory category;
    @Enumerated(EnumType.STRING)
    private AidMatter matter;
    @Enumerated(EnumType.STRING)
    private AidForm aidForm;
    @Convert(converter = SpecialGroupsConverter.class)
    private Set<SpecialGroup> specialGroups = EnumSet.noneOf(SpecialGroup.class);
    @Enumerated(EnumType.STRING)
    private Notifier notifier;
    private String notifierName;
    @Enumerated(EnumType.STRING)
    private NotificationGround notificationGround;
    @Column(name = "charge")
    private String charge;
    private LocalDate openedOn;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private LocalDate lastStepOn;
    private UUID providerId;
    private Boolean chosenByApplicant;
    private LocalDate assignedOn;
    private LocalDate notifierInformedOn;
    @Enumerated(EnumType.STRING)
    private TerminationGround terminationGround;
    private LocalDate terminatedOn;
    private String result;
    private BigDecimal recoveredAmount;
    private LocalDate closedOn;
    private Integer qualityScore;
    private LocalDate qualityReviewedOn;
    private String qualityComment;
    @Enumerated(EnumType.STRING)
    private Satisfaction satisfaction;
    private LocalDate followedUpOn;
    private LocalDate terminationObjectionFiledOn;
    private String terminationObjectionReason;
    @Enumerated(EnumType.STRING)
    private ObjectionResult terminationObjectionResult;
    private LocalDate terminationObjectionDecidedOn;
    private BigDecimal subsidyAmount;
    private String subsidyBasis;
    private LocalDate conflictCheckedOn;
    private Integer conflictFindings;
    private String conflictConfirmedBy;
    private String conflictNote;
    @ElementCollection
    @CollectionTable(name = "la_case_service_record", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    @NotAudited
    private List<ServiceRecord> serviceRecords = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "la_case_opponent", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    @NotAudited
    private List<Opponent> opponents = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "la_case_document", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    @NotAudited
    private List<ClosingDocument> closingDocuments = new ArrayList<>();

    protected LegalAidCase() {
    }

    /** A case opened for an application (granted, or aid before the decision). */
    static LegalAidCase forApplication(String divisionCode, String caseNo, String handler, CaseSource source, UUID applicationId,
                                       String clientName, String clientIdNumber, String clientPhone, AidCategory category,
                                       AidMatter matter, AidForm aidForm, Set<SpecialGroup> groups, List<Opponent> opponents,
                                       LocalDate openedOn) {
        LegalAidCase c = new LegalAidCase(divisionCode, caseNo, handler, source, clientName, clientIdNumber, clientPhone,
                category, matter, aidForm, groups, openedOn);
        c.applicationId = applicationId;
        c.opponents = new ArrayList<>(opponents);
        return c;
    }

    /** A case notified by 公检法 (通知辩护/代理): always criminal defence or agency. */
    static LegalAidCase notified(String divisionCode, String caseNo, String handler, Notifier notifier, String notifierName,
                                 NotificationGround ground, String charge, String suspectName, String suspectIdNumber,
                                 String suspectPhone, Set<SpecialGroup> groups, List<Opponent> opponents, LocalDate receivedOn) {
        LegalAidCase c = new LegalAidCase(divisionCode, caseNo, handler, CaseSource.NOTIFICATION, suspectName, suspectIdNumber,
                suspectPhone, AidCategory.CRIMINAL, AidMatter.CRIMINAL_DEFENCE, AidForm.CRIMINAL_DEFENCE_AGENCY, groups, receivedOn);
        c.opponents = new ArrayList<>(opponents);
        c.notifier = notifier;
        c.notifierName = notifierName;
        c.notificationGround = ground;
        c.charge = charge;
        return c;
    }

    private LegalAidCase(String divisionCode, String caseNo, String handler, CaseSource source, String clientName,
                         String clientIdNumber, String clientPhone, AidCategory category, AidMatter matter, AidForm aidForm,
                         Set<SpecialGroup> groups, LocalDate openedOn) {
        super(divisionCode);
        this.caseNo = caseNo;
        this.handler = handler;
        this.source = source;
        this.clientName = clientName;
        this.clientIdNumber = clientIdNumber;
        this.clientPhone = clientPhone;
        this.category = category;
        this.matter = matter;
        this.aidForm = aidForm;
        this.specialGroups = groups == null || groups.isEmpty() ? EnumSet.noneOf(SpecialGroup.class) : EnumSet.copyOf(groups);
        this.openedOn = openedOn;
        this.lastStepOn = openedOn;
        this.status = AWAITING_ASSIGNMENT;
    }

    /** Opening: the assignment period starts (3 days from the decision, Art 43; from receipt of the notice, Art 36). */
    Transition opening() {
        String rule = source == CaseSource.NOTIFICATION ? NOTIFIED_ASSIGNMENT : ASSIGNMENT;
        String comment = source == CaseSource.NOTIFICATION
                ? notifier.label() + " " + notifierName + " 通知:" + notificationGround.label() : source.label();
        return Transition.of(source == CaseSource.NOTIFICATION ? "receive-notification" : "open", null, status, openedOn,
                comment, Transition.open(rule, openedOn));
    }

    /**
     * 指派 (Art 43 / Art 36) after the conflict check (利益冲突审查). A LIFE_OR_DEATH notification needs a lawyer with ≥3
     * years of criminal practice (Art 26); any other provider is refused with a 400 that says why. When the check found
     * anything, the assigner must confirm ({@code confirmedBy} not null), else a 400 {@code conflict-unconfirmed} lists
     * the findings. The check (findings, who confirmed, the note) is kept on the case and in the history.
     */
    Transition assign(Provider provider, boolean chosen, LocalDate on, LocalDate today, ConflictCheckView check,
                      String confirmedBy, String note) {
        STEPS.check("assign", status);
        StepDates.require("assignedOn", on, today, openedOn, lastStepOn);
        if (!check.findings().isEmpty() && confirmedBy == null) {
            throw new ConflictUnconfirmedException(check);
        }
        if (!provider.isActive()) {
            throw ValidationException.of("providerId", "provider-inactive", provider.getName() + " 已退出法律援助人员名册,不能指派");
        }
        if (notificationGround == NotificationGround.LIFE_OR_DEATH && !provider.mayDefendLifeOrDeath(on)) {
            throw ValidationException.of("providerId", "provider-not-qualified",
                    "可能被判处无期徒刑、死刑的案件应当指派具有三年以上相关执业经历的律师(法律援助法第二十六条);"
                            + provider.getName() + "(" + provider.getKind().label() + ",刑事执业 "
                            + provider.criminalPracticeYears(on) + " 年)不符合条件");
        }
        this.providerId = provider.getId();
        this.chosenByApplicant = chosen;
        this.assignedOn = on;
        this.conflictCheckedOn = on;
        this.conflictFindings = check.findings().size();
        this.conflictConfirmedBy = check.findings().isEmpty() ? null : confirmedBy;
        this.conflictNote = note == null || note.isBlank() ? null : note.trim();
        String conflict = check.findings().isEmpty() ? ";利益冲突审查未发现冲突"
                : ";利益冲突审查发现 " + check.findings().size() + " 项线索,经 " + confirmedBy + " 核实确认指派"
                        + (conflictNote == null ? "" : ":" + conflictNote);
        String rule = source == CaseSource.NOTIFICATION ? NOTIFIED_ASSIGNMENT : ASSIGNMENT;
        return move("assign", ASSIGNED, on, provider.getKind().label() + " " + provider.getName() + (chosen ? "(受援人选择)" : "")
                + conflict, Transition.meet(rule, on));
    }

    /** The notifying authority is told who was assigned (Art 36). */
    Transition informNotifier(LocalDate on, LocalDate today) {
        STEPS.check("inform-notifier", status);
        if (source != CaseSource.NOTIFICATION) {
            throw ValidationException.of("informedOn", "not-notified", "本案不是通知辩护/代理案件,无需告知通知机关");
        }
        StepDates.require("informedOn", on, today, openedOn, assignedOn);
        this.notifierInformedOn = on;
        return Transition.event("inform-notifier", status, on, "已将指派情况告知" + notifierName);
    }

    Transition recordService(ServiceKind kind, String content, LocalDate on, LocalDate today) {
        STEPS.check("service-records", status);
        StepDates.require("servedOn", on, today, openedOn, assignedOn);
        serviceRecords.add(new ServiceRecord(on, kind, content));
        lastStepOn = lastStepOn.isAfter(on) ? lastStepOn : on;
        return move("service-records", IN_SERVICE, on, kind.label() + ":" + content);
    }

    /** 终止 on an Art 48 ground; an objection goes to the 司法行政部门 (Art 49). */
    Transition terminate(TerminationGround ground, String reason, LocalDate on, LocalDate today) {
        STEPS.check("terminate", status);
        StepDates.require("terminatedOn", on, today, openedOn, lastStepOn);
        this.terminationGround = ground;
        this.terminatedOn = on;
        return move("terminate", TERMINATED, on, ground.label() + (reason == null || reason.isBlank() ? "" : ":" + reason),
                Transition.cancelAll());
    }

    /** 对终止决定的异议 (Art 49), filed with the 司法行政部门, which decides within 5 days; once per case. */
    Transition objectToTermination(String reason, LocalDate on, LocalDate today) {
        STEPS.check("objection", status);
        if (assignedOn == null) {
            throw new ConflictException("本案因申请经审查不予法律援助而终止,应对不予法律援助的决定提出异议");
        }
        if (terminationObjectionFiledOn != null) {
            throw new ConflictException("已于 " + terminationObjectionFiledOn + " 对终止决定提出异议");
        }
        StepDates.require("filedOn", on, today, openedOn, lastStepOn);
        this.terminationObjectionFiledOn = on;
        this.terminationObjectionReason = reason;
        return move("objection", OBJECTION_FILED, on, "对终止决定提出异议:" + reason, Transition.open(OBJECTION_DECISION, on));
    }

    /** 异议审查决定: 维持 keeps the termination; 责令改正 revokes it and the service resumes where it stopped. */
    Transition decideTerminationObjection(ObjectionResult result, String reason, LocalDate on, LocalDate today) {
        STEPS.check("objection-decision", status);
        StepDates.require("decidedOn", on, today, openedOn, lastStepOn);
        this.terminationObjectionResult = result;
        this.terminationObjectionDecidedOn = on;
        String comment = result.label() + (reason == null || reason.isBlank() ? "" : ":" + reason.trim());
        if (result == ObjectionResult.UPHOLD) {
            return move("objection-decision", TERMINATED, on, comment, Transition.meet(OBJECTION_DECISION, on));
        }
        this.terminationGround = null;
        this.terminatedOn = null;
        return move("objection-decision", serviceRecords.isEmpty() ? ASSIGNED : IN_SERVICE, on, comment + ",恢复法律援助",
                Transition.meet(OBJECTION_DECISION, on));
    }

    /** A case opened by aid before the decision, whose application was then refused, ends. */
    Transition endAfterRefusal(LocalDate on) {
        this.terminationGround = TerminationGround.NO_LONGER_ELIGIBLE;
        this.terminatedOn = on;
        if (status == AWAITING_ASSIGNMENT) {
            return move("terminate", TERMINATED, on, "申请经审查不予法律援助", Transition.cancelAll());
        }
        STEPS.check("terminate", status);
        return move("terminate", TERMINATED, on, "申请经审查不予法律援助", Transition.cancelAll());
    }

    /**
     * 结案 (Art 50): the result, the amount recovered for the client (挽回经济损失), the closing report and documents,
     * and the subsidy of the standard that applies (Art 52; none when the province has no standard for the aid form).
     */
    Transition close(String result, BigDecimal recovered, List<ClosingDocument> documents, SubsidyStandards.Standard subsidy,
                     LocalDate on, LocalDate today) {
        STEPS.check("close", status);
        StepDates.require("closedOn", on, today, openedOn, lastStepOn);
        this.result = result;
        this.recoveredAmount = recovered;
        this.closedOn = on;
        this.closingDocuments = new ArrayList<>(documents);
        this.subsidyAmount = subsidy == null ? null : subsidy.amount();
        this.subsidyBasis = subsidy == null ? null : subsidy.label();
        String filed = documents.isEmpty() ? "" : ";结案材料 " + documents.size() + " 份";
        String paid = subsidy == null ? ";无适用的补贴标准" : ";办案补贴 " + subsidy.amount().toPlainString() + " 元";
        return move("close", CLOSED, on, result + filed + paid, Transition.cancelAll());
    }

    /** 案卷质量评查: once per closed case, with a score from 0 to 100. */
    Transition reviewQuality(int score, String comment, LocalDate on, LocalDate today) {
        STEPS.check("quality-review", status);
        if (qualityReviewedOn != null) {
            throw new ConflictException("本案已于 " + qualityReviewedOn + " 评查");
        }
        StepDates.require("reviewedOn", on, today, openedOn, closedOn);
        this.qualityScore = score;
        this.qualityComment = comment;
        this.qualityReviewedOn = on;
        return Transition.event("quality-review", status, on, "评查得分 " + score + (comment == null || comment.isBlank() ? "" : ":" + comment));
    }

    /** 回访: the client's satisfaction, once per closed case. */
    Transition followUp(Satisfaction result, String comment, LocalDate on, LocalDate today) {
        STEPS.check("follow-up", status);
        if (followedUpOn != null) {
            throw new ConflictException("本案已于 " + followedUpOn + " 回访");
        }
        StepDates.require("followedUpOn", on, today, openedOn, closedOn);
        this.satisfaction = result;
        this.followedUpOn = on;
        return Transition.event("follow-up", status, on, result.label() + (comment == null || comment.isBlank() ? "" : ":" + comment));
    }

    private Transition move(String action, CaseStatus to, LocalDate on, String comment, Transition.DeadlineEffect... effects) {
        CaseStatus from = status;
        status = to;
        lastStepOn = lastStepOn == null || on.isAfter(lastStepOn) ? on : lastStepOn;
        return Transition.of(action, from, to, on, comment, effects);
    }

    @Override
    public List<String> allowedActions() {
        List<String> actions = new ArrayList<>(STEPS.actionsFrom(status));
        if (source != CaseSource.NOTIFICATION || notifierInformedOn != null) {
            actions.remove("inform-notifier");
        }
        if (qualityReviewedOn != null) {
            actions.remove("quality-review");
        }
        if (assignedOn == null || terminationObjectionFiledOn != null) {
            actions.remove("objection");
        }
        if (followedUpOn != null) {
            actions.remove("follow-up");
        }
        return actions;
    }

    @Override
    public CaseStatus status() {
        return status;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String reference() {
        return caseNo;
    }

    @Override
    public String link() {
        return "/legal-aid/cases/" + getId();
    }

    @Override
    public String assignee() {
        return handler;
    }

    @Override
    public UUID unitOrganizationId() {
        return null;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public String getHandler() {
        return handler;
    }

    public CaseSource getSource() {
        return source;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public String getClientName() {
        return clientName;
    }

    public String getClientIdNumber() {
        return clientIdNumber;
    }

    public String getClientPhone() {
        return clientPhone;
    }

    public AidCategory getCategory() {
        return category;
    }

    public AidMatter getMatter() {
        return matter;
    }

    public AidForm getAidForm() {
        return aidForm;
    }

    public Set<SpecialGroup> getSpecialGroups() {
        return specialGroups;
    }

    public Notifier getNotifier() {
        return notifier;
    }

    public String getNotifierName() {
        return notifierName;
    }

    public NotificationGround getNotificationGround() {
        return notificationGround;
    }

    public String getCharge() {
        return charge;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public UUID getProviderId() {
        return providerId;
    }

    public Boolean getChosenByApplicant() {
        return chosenByApplicant;
    }

    public LocalDate getAssignedOn() {
        return assignedOn;
    }

    public LocalDate getNotifierInformedOn() {
        return notifierInformedOn;
    }

    public TerminationGround getTerminationGround() {
        return terminationGround;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public String getResult() {
        return result;
    }

    public BigDecimal getRecoveredAmount() {
        return recoveredAmount;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Integer getQualityScore() {
        return qualityScore;
    }

    public LocalDate getQualityReviewedOn() {
        return qualityReviewedOn;
    }

    public String getQualityComment() {
        return qualityComment;
    }

    public Satisfaction getSatisfaction() {
        return satisfaction;
    }

    public LocalDate getFollowedUpOn() {
        return followedUpOn;
    }

    public List<ServiceRecord> getServiceRecords() {
        return serviceRecords;
    }

    public LocalDate getTerminationObjectionFiledOn() {
        return terminationObjectionFiledOn;
    }

    public String getTerminationObjectionReason() {
        return terminationObjectionReason;
    }

    public ObjectionResult getTerminationObjectionResult() {
        return terminationObjectionResult;
    }

    public LocalDate getTerminationObjectionDecidedOn() {
        return terminationObjectionDecidedOn;
    }

    public BigDecimal getSubsidyAmount() {
        return subsidyAmount;
    }

    public String getSubsidyBasis() {
        return subsidyBasis;
    }

    public List<ClosingDocument> getClosingDocuments() {
        return closingDocuments;
    }

    public List<Opponent> getOpponents() {
        return opponents;
    }

    public LocalDate getConflictCheckedOn() {
        return conflictCheckedOn;
    }

    public Integer getConflictFindings() {
        return conflictFindings;
    }

    public String getConflictConfirmedBy() {
        return conflictConfirmedBy;
    }

    public String getConflictNote() {
        return conflictNote;
    }
}
