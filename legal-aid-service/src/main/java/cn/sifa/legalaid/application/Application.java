package cn.sifa.legalaid.application;

import static cn.sifa.legalaid.application.ApplicationStatus.AWAITING_FORWARDING;
import static cn.sifa.legalaid.application.ApplicationStatus.AWAITING_MATERIALS;
import static cn.sifa.legalaid.application.ApplicationStatus.DEEMED_WITHDRAWN;
import static cn.sifa.legalaid.application.ApplicationStatus.GRANTED;
import static cn.sifa.legalaid.application.ApplicationStatus.OBJECTION_FILED;
import static cn.sifa.legalaid.application.ApplicationStatus.PRE_PROVIDED;
import static cn.sifa.legalaid.application.ApplicationStatus.REFUSED;
import static cn.sifa.legalaid.application.ApplicationStatus.UNDER_REVIEW;
import static cn.sifa.legalaid.application.ApplicationStatus.UPHELD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
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

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.WorkflowEntity;
import cn.sifa.legalaid.aidcase.AidCategory;
import cn.sifa.legalaid.aidcase.AidForm;
import cn.sifa.legalaid.aidcase.AidMatter;
import cn.sifa.legalaid.aidcase.ObjectionResult;
import cn.sifa.legalaid.aidcase.Opponent;
import cn.sifa.legalaid.aidcase.SpecialGroup;
import cn.sifa.legalaid.aidcase.SpecialGroupsConverter;

/**
 * 法律援助申请: UNDER_REVIEW (7 days, Art 43) → GRANTED | REFUSED; UNDER_REVIEW → AWAITING_MATERIALS (everything
 * missing listed at once) → UNDER_REVIEW or DEEMED_WITHDRAWN; UNDER_REVIEW → PRE_PROVIDED (Art 44) → GRANTED |
 * REFUSED; REFUSED → OBJECTION_FILED (5 days, Art 49) → UPHELD | GRANTED (责令改正).
 */
@Entity
@Table(name = "la_application")
@Audited
public class Application extends WorkflowEntity {

    public static final String RECORD_TYPE = "legal-aid-application";
    public static final String REVIEW_DECISION = "LA_REVIEW_DECISION";
    public static final String OBJECTION_DECISION = "LA_OBJECTION_DECISION";
    public static final String DETAINED_FORWARDING = "LA_DETAINED_FORWARDING";

    static final StateMachine<ApplicationStatus> STEPS = new StateMachine<>(ApplicationStatus.class)
            .allow(AWAITING_FORWARDING, "forwarded", UNDER_REVIEW)
            .allow(UNDER_REVIEW, "supplement-request", AWAITING_MATERIALS)
            .allow(AWAITING_MATERIALS, "materials-supplied", UNDER_REVIEW)
            .allow(AWAITING_MATERIALS, "deem-withdrawn", DEEMED_WITHDRAWN)
            .allow(UNDER_REVIEW, "pre-provision", PRE_PROVIDED)
            .allow(UNDER_REVIEW, "decision", GRANTED, REFUSED)
            .allow(PRE_PROVIDED, "decision", GRANTED, REFUSED)
            .allow(REFUSED, "objection", OBJECTION_FILED)
            .allow(OBJECTION_FILED, "objection-decision", UPHELD, GRANTED);

    private String applicationNo;
    private String handler;
    private String applicantName;
    private String applicantIdNumber;
    private String applicantPhone;
    private String applicantAddress;
    private String agentName;
    @Enumerated(EnumType.STRING)
    private AgentRelation agentRelation;
    @Enumerated(EnumType.STRING)
    private AidCategory category;
    @Enumerated(EnumType.STRING)
    private AidMatter matter;
    @Enumerated(EnumType.STRING)
    private AidForm aidForm;
    @Convert(converter = SpecialGroupsConverter.class)
    private Set<SpecialGroup> specialGroups = EnumSet.noneOf(SpecialGroup.class);
    @Enumerated(EnumType.STRING)
    private ApplicationChannel channel;
    @Enumerated(EnumType.STRING)
    private EconomicStatus economicStatus;
    private LocalDate receivedOn;
    private String summary;
    private String missingMaterials;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    private LocalDate lastStepOn;
    private LocalDate supplementRequestedOn;
    private String requestedMaterials;
    private LocalDate materialsSuppliedOn;
    @Enumerated(EnumType.STRING)
    private PreProvisionGround preProvisionGround;
    private LocalDate preProvidedOn;
    private LocalDate decidedOn;
    private Boolean granted;
    private String decisionReason;
    private LocalDate objectionFiledOn;
    private String objectionReason;
    @Enumerated(EnumType.STRING)
    private ObjectionResult objectionResult;
    private LocalDate objectionDecidedOn;
    private LocalDate withdrawnOn;
    private UUID caseId;
    private boolean detained;
    private String detentionPlace;
    private LocalDate forwardedOn;
    @ElementCollection
    @CollectionTable(name = "la_application_opponent", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @NotAudited
    private List<Opponent> opponents = new ArrayList<>();

    protected Application() {
    }

    Application(String divisionCode, String applicationNo, String handler, Applicant applicant, AidCategory category,
                AidMatter matter, AidForm aidForm, Set<SpecialGroup> groups, ApplicationChannel channel,
                EconomicStatus economicStatus, LocalDate receivedOn, String summary, String missingMaterials, List<Opponent> opponents) {
        super(divisionCode);
        this.opponents = new ArrayList<>(opponents);
        this.applicationNo = applicationNo;
        this.handler = handler;
        this.applicantName = applicant.name();
        this.applicantIdNumber = applicant.idNumber();
        this.applicantPhone = applicant.phone();
        this.applicantAddress = applicant.address();
        this.agentName = applicant.agentName();
        this.agentRelation = applicant.agentRelation();
        this.category = category;
        this.matter = matter;
        this.aidForm = aidForm;
        this.specialGroups = groups == null || groups.isEmpty() ? EnumSet.noneOf(SpecialGroup.class) : EnumSet.copyOf(groups);
        this.channel = channel;
        this.economicStatus = economicStatus;
        this.receivedOn = receivedOn;
        this.lastStepOn = receivedOn;
        this.summary = summary;
        this.missingMaterials = missingMaterials;
        this.status = UNDER_REVIEW;
    }

    /** 在押人员申请 (Art 39): taken by the detention house or a duty lawyer, to reach the agency within 24 hours. */
    void detainedAt(String place) {
        this.detained = true;
        this.detentionPlace = place;
        this.status = AWAITING_FORWARDING;
    }

    /** Who applied, and who filed for them (an agent or guardian may file). */
    record Applicant(String name, String idNumber, String phone, String address, String agentName, AgentRelation agentRelation) {
    }

    /**
     * 受理 (容缺受理 when papers are missing): the review period of Art 43 starts at receipt. A detained person's
     * application starts the 24 hours of forwarding instead (Art 39); the review starts when it arrives.
     */
    Transition registration() {
        if (detained) {
            return Transition.of("receive", null, status, receivedOn, "在押人员申请(" + detentionPlace + "),应于24小时内转交法律援助机构",
                    Transition.open(DETAINED_FORWARDING, receivedOn));
        }
        return Transition.of("receive", null, status, receivedOn,
                missingMaterials == null ? null : "容缺受理,待补:" + missingMaterials, Transition.open(REVIEW_DECISION, receivedOn));
    }

    /** The detained person's application reached the agency (Art 39): the 7-day review starts from that day. */
    Transition forwarded(LocalDate on, LocalDate today) {
        STEPS.check("forwarded", status);
        StepDates.require("forwardedOn", on, today, receivedOn, lastStepOn);
        this.forwardedOn = on;
        return move("forwarded", UNDER_REVIEW, on, "监管场所/值班律师已转交法律援助机构",
                Transition.meet(DETAINED_FORWARDING, on), Transition.open(REVIEW_DECISION, on));
    }

    /** 一次性告知补充材料 (Art 43): the review period restarts when the papers are complete. */
    Transition requestSupplement(List<String> materials, LocalDate on, LocalDate today) {
        STEPS.check("supplement-request", status);
        StepDates.require("requestedOn", on, today, receivedOn, lastStepOn);
        this.supplementRequestedOn = on;
        this.requestedMaterials = String.join("、", materials);
        return move("supplement-request", AWAITING_MATERIALS, on, "一次性告知补充:" + requestedMaterials,
                Transition.cancel(REVIEW_DECISION));
    }

    Transition materialsSupplied(LocalDate on, LocalDate today) {
        STEPS.check("materials-supplied", status);
        StepDates.require("suppliedOn", on, today, receivedOn, lastStepOn);
        this.materialsSuppliedOn = on;
        return move("materials-supplied", UNDER_REVIEW, on, "材料已补齐:" + requestedMaterials, Transition.open(REVIEW_DECISION, on));
    }

    /** The papers never came: the application is deemed withdrawn (Art 43). */
    Transition deemWithdrawn(LocalDate on, LocalDate today) {
        STEPS.check("deem-withdrawn", status);
        StepDates.require("withdrawnOn", on, today, receivedOn, lastStepOn);
        this.withdrawnOn = on;
        return move("deem-withdrawn", DEEMED_WITHDRAWN, on, "未按要求补充材料,视为撤回申请", Transition.cancelAll());
    }

    /** 先行提供法律援助 (Art 44): the case opens now, the review goes on and the papers follow. */
    Transition preProvide(PreProvisionGround ground, LocalDate on, LocalDate today) {
        STEPS.check("pre-provision", status);
        StepDates.require("providedOn", on, today, receivedOn, lastStepOn);
        this.preProvisionGround = ground;
        this.preProvidedOn = on;
        return move("pre-provision", PRE_PROVIDED, on, ground.label());
    }

    /** 审查决定 (Art 43): a refusal says why, in writing. */
    Transition decide(boolean grant, String reason, LocalDate on, LocalDate today) {
        STEPS.check("decision", status);
        StepDates.require("decidedOn", on, today, receivedOn, lastStepOn);
        if (!grant && (reason == null || reason.isBlank())) {
            throw ValidationException.of("reason", "reason-required", "不予法律援助的,应当书面说明理由(法律援助法第四十三条)");
        }
        this.granted = grant;
        this.decidedOn = on;
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.trim();
        return move("decision", grant ? GRANTED : REFUSED, on, grant ? "给予法律援助" : "不予法律援助:" + decisionReason,
                Transition.meet(REVIEW_DECISION, on));
    }

    /** 异议 (Art 49), filed with the 司法行政部门, which decides within 5 days. */
    Transition object(String reason, LocalDate on, LocalDate today) {
        STEPS.check("objection", status);
        StepDates.require("filedOn", on, today, receivedOn, lastStepOn);
        this.objectionFiledOn = on;
        this.objectionReason = reason;
        return move("objection", OBJECTION_FILED, on, reason, Transition.open(OBJECTION_DECISION, on));
    }

    /** 异议审查决定: 维持 keeps the refusal; 责令改正 grants the aid. */
    Transition decideObjection(ObjectionResult result, String reason, LocalDate on, LocalDate today) {
        STEPS.check("objection-decision", status);
        StepDates.require("decidedOn", on, today, receivedOn, lastStepOn);
        this.objectionResult = result;
        this.objectionDecidedOn = on;
        boolean corrected = result == ObjectionResult.ORDER_CORRECTION;
        if (corrected) {
            this.granted = true;
        }
        return move("objection-decision", corrected ? GRANTED : UPHELD, on,
                result.label() + (reason == null || reason.isBlank() ? "" : ":" + reason.trim()), Transition.meet(OBJECTION_DECISION, on));
    }

    /** The case the grant (or aid before the decision) opened. */
    void caseOpened(UUID id) {
        this.caseId = id;
    }

    boolean hasCase() {
        return caseId != null;
    }

    private Transition move(String action, ApplicationStatus to, LocalDate on, String comment, Transition.DeadlineEffect... effects) {
        ApplicationStatus from = status;
        status = to;
        lastStepOn = on;
        return Transition.of(action, from, to, on, comment, effects);
    }

    @Override
    public List<String> allowedActions() {
        return STEPS.actionsFrom(status);
    }

    @Override
    public ApplicationStatus status() {
        return status;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String reference() {
        return applicationNo;
    }

    @Override
    public String link() {
        return "/legal-aid/applications/" + getId();
    }

    @Override
    public String assignee() {
        return handler;
    }

    @Override
    public UUID unitOrganizationId() {
        return null;
    }

    public String getApplicationNo() {
        return applicationNo;
    }

    public String getHandler() {
        return handler;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getApplicantIdNumber() {
        return applicantIdNumber;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public String getApplicantAddress() {
        return applicantAddress;
    }

    public String getAgentName() {
        return agentName;
    }

    public AgentRelation getAgentRelation() {
        return agentRelation;
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

    public ApplicationChannel getChannel() {
        return channel;
    }

    public EconomicStatus getEconomicStatus() {
        return economicStatus;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getSummary() {
        return summary;
    }

    public String getMissingMaterials() {
        return missingMaterials;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public LocalDate getSupplementRequestedOn() {
        return supplementRequestedOn;
    }

    public String getRequestedMaterials() {
        return requestedMaterials;
    }

    public LocalDate getMaterialsSuppliedOn() {
        return materialsSuppliedOn;
    }

    public PreProvisionGround getPreProvisionGround() {
        return preProvisionGround;
    }

    public LocalDate getPreProvidedOn() {
        return preProvidedOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public Boolean getGranted() {
        return granted;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public LocalDate getObjectionFiledOn() {
        return objectionFiledOn;
    }

    public String getObjectionReason() {
        return objectionReason;
    }

    public ObjectionResult getObjectionResult() {
        return objectionResult;
    }

    public LocalDate getObjectionDecidedOn() {
        return objectionDecidedOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public boolean isDetained() {
        return detained;
    }

    public String getDetentionPlace() {
        return detentionPlace;
    }

    public LocalDate getForwardedOn() {
        return forwardedOn;
    }

    public List<Opponent> getOpponents() {
        return opponents;
    }
}
