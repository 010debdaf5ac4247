package cn.sifa.correction.resettlement;

import static cn.sifa.correction.resettlement.ReleasedStatus.AWAITING_RELEASE;
import static cn.sifa.correction.resettlement.ReleasedStatus.ENDED;
import static cn.sifa.correction.resettlement.ReleasedStatus.REOFFENDED;
import static cn.sifa.correction.resettlement.ReleasedStatus.SUPPORTING;

import java.time.LocalDate;
import java.util.List;
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

/**
 * 刑满释放人员安置帮教 (监狱法第三十五至三十七条; 中办发〔2010〕5号): the prison's release notice (normally a month
 * ahead) opens the 必接必送 pick-up on the release day ({@value #PICKUP}); the pick-up starts the support period
 * ({@value #SUPPORT_END}, 5 years by default, overridable per province). A person discharged from community correction
 * is handed over straight into support. AWAITING_RELEASE → (pick-up) SUPPORTING → (end) ENDED | REOFFENDED; the support
 * team and the verification of the basic information are recorded on the way.
 */
@Entity
@Audited
@Table(name = "cr_released_person")
public class ReleasedPerson extends WorkflowEntity {

    public static final String RECORD_TYPE = "correction-released-person";
    public static final String PICKUP = "RESETTLEMENT_PICKUP";
    public static final String SUPPORT_END = "RESETTLEMENT_SUPPORT_END";

    static final StateMachine<ReleasedStatus> STEPS = new StateMachine<>(ReleasedStatus.class)
            .allow(AWAITING_RELEASE, "pick-up", SUPPORTING)
            .allow(AWAITING_RELEASE, "team", AWAITING_RELEASE)
            .allow(AWAITING_RELEASE, "verification", AWAITING_RELEASE)
            .allow(SUPPORTING, "team", SUPPORTING)
            .allow(SUPPORTING, "verification", SUPPORTING)
            .allow(SUPPORTING, "end", ENDED, REOFFENDED);

    private String personName;
    private String idNumber;
    private String phone;
    private boolean minor;
    @Enumerated(EnumType.STRING)
    private ReleaseOrigin origin;
    private String prison;
    private String crime;
    private LocalDate releaseOn;
    private LocalDate noticeReceivedOn;
    private boolean keyPerson;
    private UUID sourceSubjectId;
    @Enumerated(EnumType.STRING)
    private ReleasedStatus status;
    private LocalDate pickedUpOn;
    private String pickedUpBy;
    private String supportTeam;
    private LocalDate supportStart;
    private boolean verified;
    private LocalDate verifiedOn;
    private String verificationNote;
    private LocalDate endedOn;
    private String assignee;
    private UUID executingOrgId;

    protected ReleasedPerson() {
    }

    /** A prison's release notice. */
    static ReleasedPerson fromPrison(String divisionCode, String name, String idNumber, String phone, boolean minor, String prison,
                                     String crime, LocalDate releaseOn, LocalDate noticeReceivedOn, boolean keyPerson, String assignee) {
        ReleasedPerson p = new ReleasedPerson(divisionCode, name, idNumber, phone, minor, crime, keyPerson, assignee);
        p.origin = ReleaseOrigin.PRISON;
        p.prison = prison;
        p.releaseOn = releaseOn;
        p.noticeReceivedOn = noticeReceivedOn;
        p.status = AWAITING_RELEASE;
        return p;
    }

    /** A subject discharged from community correction, handed over on {@code on}: support starts on the discharge day. */
    static ReleasedPerson fromCorrection(String divisionCode, String name, String idNumber, String phone, boolean minor, String crime,
                                         LocalDate dischargedOn, LocalDate on, boolean keyPerson, UUID subjectId, UUID orgId,
                                         String assignee) {
        ReleasedPerson p = new ReleasedPerson(divisionCode, name, idNumber, phone, minor, crime, keyPerson, assignee);
        p.origin = ReleaseOrigin.CORRECTION;
        p.releaseOn = dischargedOn;
        p.noticeReceivedOn = on;
        p.sourceSubjectId = subjectId;
        p.executingOrgId = orgId;
        p.supportStart = dischargedOn;
        p.status = SUPPORTING;
        return p;
    }

    private ReleasedPerson(String divisionCode, String name, String idNumber, String phone, boolean minor, String crime, boolean keyPerson,
                           String assignee) {
        super(divisionCode);
        this.personName = name;
        this.idNumber = idNumber;
        this.phone = phone;
        this.minor = minor;
        this.crime = crime;
        this.keyPerson = keyPerson;
        this.assignee = assignee;
    }

    Transition registration() {
        if (origin == ReleaseOrigin.CORRECTION) {
            return Transition.of("handover", null, status, noticeReceivedOn, "解除社区矫正,衔接安置帮教" + (keyPerson ? "(重点帮教对象)" : ""),
                    Transition.open(SUPPORT_END, supportStart));
        }
        return Transition.of("release-notice", null, status, noticeReceivedOn, "收到" + prison + "刑满释放通知,释放日期 " + releaseOn
                + (keyPerson ? "(重点帮教对象)" : ""), Transition.open(PICKUP, releaseOn));
    }

    /** 必接必送: on or after the release day; the support period runs from the release day. */
    Transition pickUp(String by, LocalDate on, LocalDate today) {
        STEPS.check("pick-up", status);
        StepDates.require("pickedUpOn", on, today, noticeReceivedOn, null);
        if (on.isBefore(releaseOn)) {
            throw ValidationException.of("pickedUpOn", "before-release", "接回日期不能早于释放日期(" + releaseOn + ")");
        }
        this.pickedUpOn = on;
        this.pickedUpBy = by;
        this.supportStart = releaseOn;
        ReleasedStatus from = status;
        status = SUPPORTING;
        return Transition.of("pick-up", from, status, on, "接回:" + by, Transition.meet(PICKUP, on), Transition.open(SUPPORT_END, releaseOn));
    }

    /** 帮教小组. */
    Transition team(String members, LocalDate on, LocalDate today) {
        STEPS.check("team", status);
        StepDates.require("setUpOn", on, today, noticeReceivedOn, null);
        this.supportTeam = members;
        return Transition.event("team", status, on, "确定帮教小组:" + members);
    }

    /** 核实基本信息 (the verification rate's numerator). */
    Transition verify(String note, LocalDate on, LocalDate today) {
        STEPS.check("verification", status);
        StepDates.require("verifiedOn", on, today, noticeReceivedOn, null);
        this.verified = true;
        this.verifiedOn = on;
        this.verificationNote = note;
        return Transition.event("verification", status, on, "核实基本信息" + (note == null ? "" : ":" + note));
    }

    /** 帮教期满/解除 or 重新犯罪. */
    Transition end(ReleasedStatus outcome, String note, LocalDate on, LocalDate today) {
        if (outcome != ENDED && outcome != REOFFENDED) {
            throw ValidationException.of("outcome", "invalid", "结束方式应为 ENDED 或 REOFFENDED");
        }
        STEPS.check("end", status, outcome);
        StepDates.require("endedOn", on, today, supportStart, null);
        this.endedOn = on;
        ReleasedStatus from = status;
        status = outcome;
        return Transition.of("end", from, status, on, outcome.label() + (note == null ? "" : ":" + note),
                outcome == ENDED ? Transition.meet(SUPPORT_END, on) : Transition.cancelAll());
    }

    @Override
    public List<String> allowedActions() {
        return STEPS.actionsFrom(status);
    }

    @Override
    public ReleasedStatus status() {
        return status;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    /** Never the person's name. */
    @Override
    public String reference() {
        return "刑满释放人员安置帮教(释放日期 " + releaseOn + ")";
    }

    @Override
    public String link() {
        return "/correction/released-persons/" + getId();
    }

    @Override
    public String assignee() {
        return assignee;
    }

    @Override
    public UUID unitOrganizationId() {
        return executingOrgId;
    }

    public String getPersonName() { return personName; }
    public String getIdNumber() { return idNumber; }
    public String getPhone() { return phone; }
    public boolean isMinor() { return minor; }
    public ReleaseOrigin getOrigin() { return origin; }
    public String getPrison() { return prison; }
    public String getCrime() { return crime; }
    public LocalDate getReleaseOn() { return releaseOn; }
    public LocalDate getNoticeReceivedOn() { return noticeReceivedOn; }
    public boolean isKeyPerson() { return keyPerson; }
    public UUID getSourceSubjectId() { return sourceSubjectId; }
    public ReleasedStatus getStatus() { return status; }
    public LocalDate getPickedUpOn() { return pickedUpOn; }
    public String getPickedUpBy() { return pickedUpBy; }
    public String getSupportTeam() { return supportTeam; }
    public LocalDate getSupportStart() { return supportStart; }
    public boolean isVerified() { return verified; }
    public LocalDate getVerifiedOn() { return verifiedOn; }
    public String getVerificationNote() { return verificationNote; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getAssignee() { return assignee; }
    public UUID getExecutingOrgId() { return executingOrgId; }
}
