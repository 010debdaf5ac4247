package cn.sifa.correction.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.deadline.DeadlineUnit;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.WorkflowEntity;
import cn.sifa.correction.subject.SubjectKind;

/**
 * 调查评估 (社区矫正法第十八条): COMMISSIONED → SUBMITTED. The opinion is due 10 working days from receipt, 5 for a
 * 速裁 case (rules {@code EVALUATION}, {@code EVALUATION_EXPEDITED}); a commission for a change of residence counts
 * the same. The period may be extended by agreement with the commissioning authority, any number of times while the
 * opinion is outstanding; the extensions add up.
 */
@Entity
@Audited
@Table(name = "cr_investigation")
public class Investigation extends WorkflowEntity {

    public static final String RECORD_TYPE = "correction-investigation";
    public static final String EVALUATION = "EVALUATION";
    public static final String EVALUATION_EXPEDITED = "EVALUATION_EXPEDITED";

    static final StateMachine<InvestigationStatus> STEPS = new StateMachine<>(InvestigationStatus.class)
            .allow(InvestigationStatus.COMMISSIONED, "opinion", InvestigationStatus.SUBMITTED)
            .allow(InvestigationStatus.COMMISSIONED, "extension", InvestigationStatus.COMMISSIONED);

    private String commissioningAuthority;
    @Enumerated(EnumType.STRING)
    private AuthorityType authorityType;
    private String personName;
    private String idNumber;
    private boolean minor;
    @Enumerated(EnumType.STRING)
    private SubjectKind proposedKind;
    private boolean residenceChange;
    private boolean expedited;
    private LocalDate receivedOn;
    private String assignee;
    @Enumerated(EnumType.STRING)
    private InvestigationStatus status;
    private Boolean suitable;
    private String opinion;
    private LocalDate submittedOn;
    private LocalDate procuratorateCopiedOn;
    private int extendedWorkingDays;
    private String extensionAgreedBy;

    protected Investigation() {
    }

    Investigation(String divisionCode, String commissioningAuthority, AuthorityType authorityType, String personName,
                  String idNumber, boolean minor, SubjectKind proposedKind, boolean residenceChange, boolean expedited,
                  LocalDate receivedOn, String assignee) {
        super(divisionCode);
        this.commissioningAuthority = commissioningAuthority;
        this.authorityType = authorityType;
        this.personName = personName;
        this.idNumber = idNumber;
        this.minor = minor;
        this.proposedKind = proposedKind;
        this.residenceChange = residenceChange;
        this.expedited = expedited;
        this.receivedOn = receivedOn;
        this.assignee = assignee;
        this.status = InvestigationStatus.COMMISSIONED;
    }

    String rule() {
        return expedited ? EVALUATION_EXPEDITED : EVALUATION;
    }

    /** 收到委托: the evaluation period starts. */
    Transition registration() {
        return Transition.of("commission", null, status, receivedOn, commissioningAuthority, Transition.open(rule(), receivedOn));
    }

    /**
     * 延长调查评估期限 by agreement with the commissioning authority: by {@code workingDays} more, or to {@code dueOn}
     * (a working day after the current due date {@code currentDue}), never both. The period is re-opened counted from
     * receipt plus every working day agreed so far, so the core calculator counts the whole of it (holidays included)
     * and a province's period for the rule still applies.
     */
    Transition extend(Integer workingDays, LocalDate dueOn, LocalDate currentDue, String agreedBy, String reason, LocalDate on,
                      LocalDate today, DeadlineCalculator calendar) {
        STEPS.check("extension", status);
        StepDates.require("agreedOn", on, today, receivedOn, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        int days = 0;
        if ((workingDays == null) == (dueOn == null)) {
            errors.add("workingDays", "one-of", "请填写延长的工作日数或延长后的期限,二者选一");
        } else if (workingDays != null) {
            days = workingDays;
        } else if (currentDue == null) {
            errors.add("dueOn", "no-open-period", "没有未届满的评估期限,请填写延长的工作日数");
        } else if (!dueOn.isAfter(currentDue)) {
            errors.add("dueOn", "due-not-later", "延长后的期限须晚于当前期限(" + currentDue + ")");
        } else if (!calendar.isWorkingDay(dueOn)) {
            errors.add("dueOn", "not-a-working-day", dueOn + " 不是工作日,期限须届满于工作日");
        } else {
            days = calendar.workingDaysUntil(currentDue, dueOn);
        }
        errors.throwIfAny();
        extendedWorkingDays += days;
        extensionAgreedBy = agreedBy;
        LocalDate anchor = calendar.due(receivedOn, extendedWorkingDays, DeadlineUnit.WORKING_DAY).date();
        return Transition.event("extension", status, on, "经" + agreedBy + "同意,评估期限延长" + days + "个工作日:" + reason,
                Transition.open(rule(), anchor));
    }

    /** 提交调查评估意见 (and the copy to the county procuratorate). */
    Transition submitOpinion(boolean suitable, String opinion, LocalDate on, LocalDate copiedOn, LocalDate today) {
        STEPS.check("opinion", status);
        StepDates.require("submittedOn", on, today, receivedOn, null);
        if (copiedOn != null) {
            StepDates.require("procuratorateCopiedOn", copiedOn, today, on, null);
        }
        InvestigationStatus from = status;
        this.suitable = suitable;
        this.opinion = opinion;
        this.submittedOn = on;
        this.procuratorateCopiedOn = copiedOn;
        this.status = InvestigationStatus.SUBMITTED;
        return Transition.of("opinion", from, status, on, suitable ? "适宜社区矫正" : "不适宜社区矫正", Transition.meet(rule(), on));
    }

    @Override
    public List<String> allowedActions() {
        return STEPS.actionsFrom(status);
    }

    @Override
    public InvestigationStatus status() {
        return status;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    /** Never the person's name: a notification must not carry identity. */
    @Override
    public String reference() {
        return "调查评估 " + commissioningAuthority + " " + receivedOn;
    }

    @Override
    public String link() {
        return "/correction/investigations/" + getId();
    }

    @Override
    public String assignee() {
        return assignee;
    }

    @Override
    public UUID unitOrganizationId() {
        return null;
    }

    public String getCommissioningAuthority() { return commissioningAuthority; }
    public AuthorityType getAuthorityType() { return authorityType; }
    public String getPersonName() { return personName; }
    public String getIdNumber() { return idNumber; }
    public boolean isMinor() { return minor; }
    public SubjectKind getProposedKind() { return proposedKind; }
    public boolean isResidenceChange() { return residenceChange; }
    public boolean isExpedited() { return expedited; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getAssignee() { return assignee; }
    public InvestigationStatus getStatus() { return status; }
    public Boolean getSuitable() { return suitable; }
    public String getOpinion() { return opinion; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public LocalDate getProcuratorateCopiedOn() { return procuratorateCopiedOn; }
    public int getExtendedWorkingDays() { return extendedWorkingDays; }
    public String getExtensionAgreedBy() { return extensionAgreedBy; }
}
