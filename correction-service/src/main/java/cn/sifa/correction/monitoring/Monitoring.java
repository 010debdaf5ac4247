package cn.sifa.correction.monitoring;

import static cn.sifa.correction.monitoring.MonitoringStatus.ACTIVE;
import static cn.sifa.correction.monitoring.MonitoringStatus.ENDED;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.correction.subject.Subject;
import cn.sifa.correction.subject.SubjectSubRecord;

/**
 * 电子定位装置 (社区矫正法第二十九条): on an Art 29 ground, approved by the head of the county 司法局, for at most
 * 3 months ({@value #EXPIRY_RULE}, an expiry); each renewal at most 3 months again and only after a new assessment;
 * removed when no longer needed. ACTIVE → (renew) ACTIVE → (end) ENDED. The device number and permitted area are
 * location data: shown only in the detail to those who see a subject's identity, and never listed or exported.
 */
@Entity
@Audited
@Table(name = "cr_monitoring")
public class Monitoring extends SubjectSubRecord {

    public static final String RECORD_TYPE = "correction-monitoring";
    public static final String EXPIRY_RULE = "CORRECTION_MONITORING_EXPIRY";

    static final StateMachine<MonitoringStatus> STEPS = new StateMachine<>(MonitoringStatus.class)
            .allow(ACTIVE, "renew", ACTIVE)
            .allow(ACTIVE, "end", ENDED);

    @Enumerated(EnumType.STRING)
    private MonitoringGround ground;
    private String facts;
    private String approvedBy;
    private LocalDate approvedOn;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String assessment;
    private int renewals;
    private String deviceNo;
    private String permittedArea;
    @Enumerated(EnumType.STRING)
    private MonitoringStatus status;
    private LocalDate endedOn;
    private String endReason;

    protected Monitoring() {
    }

    Monitoring(Subject subject, MonitoringGround ground, String facts, String approvedBy, LocalDate approvedOn, LocalDate start,
               LocalDate end, String assessment, String deviceNo, String permittedArea) {
        super(subject);
        this.ground = ground;
        this.facts = facts;
        this.approvedBy = approvedBy;
        this.approvedOn = approvedOn;
        this.periodStart = start;
        this.periodEnd = end;
        this.assessment = assessment;
        this.deviceNo = deviceNo;
        this.permittedArea = permittedArea;
        this.status = ACTIVE;
    }

    /**
     * A period ends on or after its start and at most on {@code limit}, the last day the rule allows from its first
     * day (3 months: from 4 December to 3 March); longer is refused.
     */
    static void checkPeriod(String field, LocalDate start, LocalDate end, LocalDate limit) {
        if (end.isBefore(start)) {
            throw ValidationException.of(field, "date-order", "电子定位期限的截止日期不能早于起始日期");
        }
        if (end.isAfter(limit)) {
            throw ValidationException.of(field, "period-too-long", "使用电子定位装置的期限每次不得超过3个月(自" + start + "起至迟" + limit
                    + ",社区矫正法第二十九条)");
        }
    }

    Transition registration() {
        return Transition.of("electronic-monitoring", null, status, periodStart, ground.label() + ";批准:" + approvedBy + ";期限至" + periodEnd,
                Transition.open(EXPIRY_RULE, periodStart));
    }

    /** 延长: a new period from the day after the current one, after a new assessment; the expiry moves to it. */
    Transition renew(LocalDate newEnd, LocalDate limit, String newAssessment, String by, LocalDate on, LocalDate today) {
        STEPS.check("renew", status);
        StepDates.require("renewedOn", on, today, approvedOn, null);
        LocalDate start = periodEnd.plusDays(1);
        checkPeriod("until", start, newEnd, limit);
        this.periodStart = start;
        this.periodEnd = newEnd;
        this.assessment = newAssessment;
        this.approvedBy = by;
        this.approvedOn = on;
        this.renewals++;
        return Transition.of("renew", ACTIVE, ACTIVE, on, "延长至" + newEnd + "(第" + renewals + "次,重新评估:" + newAssessment + ";批准:" + by + ")",
                Transition.open(EXPIRY_RULE, start));
    }

    /** 解除: the device is removed. */
    Transition end(String reason, LocalDate on, LocalDate today) {
        STEPS.check("end", status);
        StepDates.require("endedOn", on, today, approvedOn, null);
        this.endedOn = on;
        this.endReason = reason;
        this.status = ENDED;
        return Transition.of("end", ACTIVE, ENDED, on, "解除电子定位:" + reason, Transition.meet(EXPIRY_RULE, on));
    }

    @Override
    public List<String> allowedActions() {
        return STEPS.actionsFrom(status);
    }

    @Override
    public MonitoringStatus status() {
        return status;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String reference() {
        return "社区矫正电子定位(期限至" + periodEnd + ")";
    }

    public MonitoringGround getGround() { return ground; }
    public String getFacts() { return facts; }
    public String getApprovedBy() { return approvedBy; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public String getAssessment() { return assessment; }
    public int getRenewals() { return renewals; }
    public String getDeviceNo() { return deviceNo; }
    public String getPermittedArea() { return permittedArea; }
    public MonitoringStatus getStatus() { return status; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getEndReason() { return endReason; }
}
