package cn.sifa.enforcement.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.enforcement.officer.Officer;
import cn.sifa.enforcement.workflow.EnforcementRecord;

/**
 * 涉企检查 (国办发〔2024〕54号): REQUESTED → APPROVED (or REJECTED) → NOTIFIED (advance notice) → CHECKED_IN
 * (扫码入企) → COMPLETED. A joint inspection (综合查一次) lists the other agencies; it counts once for the enterprise.
 * Above the yearly cap, or for a white-listed enterprise, only a government-level approval will do. Each step checks
 * the state and its date (today is the caller's, from the core Clock) and returns the {@link Transition} the core
 * applier writes to the history; an inspection has no statutory period of its own.
 */
@Entity
@Table(name = "enf_inspection")
@Audited
public class Inspection extends EnforcementRecord {

    public static final String RECORD_TYPE = "inspections";

    static final StateMachine<InspectionStatus> FLOW = new StateMachine<>(InspectionStatus.class)
            .allow(InspectionStatus.REQUESTED, "approve", InspectionStatus.APPROVED)
            .allow(InspectionStatus.REQUESTED, "reject", InspectionStatus.REJECTED)
            .allow(InspectionStatus.APPROVED, "notify", InspectionStatus.NOTIFIED)
            .allow(InspectionStatus.NOTIFIED, "check-in", InspectionStatus.CHECKED_IN)
            .allow(InspectionStatus.CHECKED_IN, "complete", InspectionStatus.COMPLETED);

    private UUID leadAgencyId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "joint_agency_ids", columnDefinition = "uuid[]")
    private UUID[] jointAgencyIds = new UUID[0];
    private String enterpriseName;
    private String enterpriseCreditCode;
    private int inspectionYear;
    private int yearlyCount;
    private boolean overCap;
    private boolean whiteListed;
    private String legalBasis;
    private String matters;
    private LocalDate requestedOn;
    private LocalDate plannedOn;
    @Enumerated(EnumType.STRING)
    private InspectionStatus status;
    @Enumerated(EnumType.STRING)
    private ApprovalLevel approvalLevel;
    private String approvedBy;
    private LocalDate approvedOn;
    private LocalDate noticeOn;
    private Instant checkedInAt;
    private String checkInCode;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "checked_in_officer_ids", columnDefinition = "uuid[]")
    private UUID[] checkedInOfficerIds = new UUID[0];
    private LocalDate completedOn;
    private String findings;

    protected Inspection() {
    }

    Inspection(String divisionCode, UUID leadAgencyId, Collection<UUID> jointAgencyIds, String enterpriseName,
               String enterpriseCreditCode, String legalBasis, String matters, LocalDate requestedOn, LocalDate plannedOn,
               int yearlyCount, int cap, boolean whiteListed) {
        super(divisionCode);
        this.leadAgencyId = leadAgencyId;
        this.jointAgencyIds = jointAgencyIds.stream().distinct().filter(id -> !id.equals(leadAgencyId)).toArray(UUID[]::new);
        this.enterpriseName = enterpriseName;
        this.enterpriseCreditCode = enterpriseCreditCode;
        this.legalBasis = legalBasis;
        this.matters = matters;
        this.requestedOn = requestedOn;
        this.plannedOn = plannedOn;
        this.inspectionYear = plannedOn.getYear();
        this.yearlyCount = yearlyCount;
        this.overCap = yearlyCount > cap;
        this.whiteListed = whiteListed;
        this.status = InspectionStatus.REQUESTED;
    }

    /** The approval level this inspection needs: the government's when above the cap or for a white-listed enterprise. */
    public ApprovalLevel requiredApproval() {
        return overCap || whiteListed ? ApprovalLevel.GOVERNMENT : ApprovalLevel.UNIT;
    }

    /** 申请: the history's first row, noting an inspection above the cap. */
    Transition registration() {
        return Transition.of("request", null, status, requestedOn, overCap ? "超过年度检查上限" : null);
    }

    Transition approve(ApprovalLevel level, String by, LocalDate on, LocalDate today) {
        FLOW.check("approve", status);
        if (requiredApproval() == ApprovalLevel.GOVERNMENT && level != ApprovalLevel.GOVERNMENT) {
            throw ValidationException.of("level", "approval-level-too-low", whiteListed
                    ? "白名单企业的检查须经本级人民政府(司法局)审批"
                    : "该企业本年度检查已超过上限,须经本级人民政府(司法局)审批");
        }
        this.approvedOn = StepDates.of("approvedOn", on, today, requestedOn, "申请日期");
        this.approvalLevel = level;
        this.approvedBy = by;
        return move("approve", InspectionStatus.APPROVED, approvedOn, level.label() + "审批:" + by);
    }

    Transition reject(String reason, LocalDate on, LocalDate today) {
        FLOW.check("reject", status);
        this.approvedOn = StepDates.of("rejectedOn", on, today, requestedOn, "申请日期");
        return move("reject", InspectionStatus.REJECTED, approvedOn, reason);
    }

    /** Notice goes out in advance: before the planned day. */
    Transition notifyEnterprise(LocalDate on, LocalDate today) {
        FLOW.check("notify", status);
        this.noticeOn = StepDates.of("noticeOn", on, today, approvedOn, "审批日期");
        if (!noticeOn.isBefore(plannedOn)) {
            throw ValidationException.of("noticeOn", "notice-not-in-advance", "须在检查日(" + plannedOn + ")之前告知企业");
        }
        return move("notify", InspectionStatus.NOTIFIED, noticeOn, null);
    }

    /** 扫码入企: at least two officers of the participating agencies, each with a valid certificate that day. */
    Transition checkIn(Instant at, String code, List<Officer> officers, LocalDate today) {
        FLOW.check("check-in", status);
        LocalDate day = at.atZone(StepDates.ZONE).toLocalDate();
        ValidationException.Collector errors = new ValidationException.Collector();
        StepDates.check(errors, "checkedInAt", day, today, noticeOn, "告知日期");
        if (officers.size() < 2) {
            errors.add("officerIds", "too-few-officers", "执法人员不得少于两人(行政处罚法第四十二条)");
        }
        for (Officer o : officers) {
            if (!participants().contains(o.getAgencyId())) {
                errors.add("officerIds", "not-participating", o.getName() + " 不属于参加检查的执法主体");
            } else if (!o.certificateValidOn(day)) {
                errors.add("officerIds", "certificate-invalid", o.getName() + " 的执法证在检查当日无效");
            }
        }
        errors.throwIfAny();
        this.checkedInAt = at;
        this.checkInCode = code;
        this.checkedInOfficerIds = officers.stream().map(Officer::getId).toArray(UUID[]::new);
        return move("check-in", InspectionStatus.CHECKED_IN, day, "入企码 " + code);
    }

    Transition complete(String findings, LocalDate on, LocalDate today) {
        FLOW.check("complete", status);
        this.completedOn = StepDates.of("completedOn", on, today, checkedInAt.atZone(StepDates.ZONE).toLocalDate(), "入企日期");
        this.findings = findings;
        return move("complete", InspectionStatus.COMPLETED, completedOn, findings);
    }

    private Transition move(String action, InspectionStatus to, LocalDate on, String comment) {
        InspectionStatus from = status;
        status = to;
        return Transition.of(action, from, to, on, comment);
    }

    public List<UUID> participants() {
        List<UUID> all = new java.util.ArrayList<>(List.of(leadAgencyId));
        all.addAll(Arrays.asList(jointAgencyIds));
        return all;
    }

    @Override
    public List<String> allowedActions() {
        return FLOW.actionsFrom(status);
    }

    @Override
    public InspectionStatus status() {
        return status;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String reference() {
        return "涉企检查 " + enterpriseName;
    }

    public UUID getLeadAgencyId() {
        return leadAgencyId;
    }

    public List<UUID> getJointAgencyIds() {
        return List.of(jointAgencyIds);
    }

    public boolean isJoint() {
        return jointAgencyIds.length > 0;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public String getEnterpriseCreditCode() {
        return enterpriseCreditCode;
    }

    public int getInspectionYear() {
        return inspectionYear;
    }

    public int getYearlyCount() {
        return yearlyCount;
    }

    public boolean isOverCap() {
        return overCap;
    }

    public boolean isWhiteListed() {
        return whiteListed;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getMatters() {
        return matters;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public InspectionStatus getStatus() {
        return status;
    }

    public ApprovalLevel getApprovalLevel() {
        return approvalLevel;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public LocalDate getNoticeOn() {
        return noticeOn;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public String getCheckInCode() {
        return checkInCode;
    }

    public List<UUID> getCheckedInOfficerIds() {
        return List.of(checkedInOfficerIds);
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getFindings() {
        return findings;
    }
}
