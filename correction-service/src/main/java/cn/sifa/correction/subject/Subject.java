package cn.sifa.correction.subject;

import static cn.sifa.correction.subject.SubjectStatus.AWAITING_REPORT;
import static cn.sifa.correction.subject.SubjectStatus.DISCHARGED;
import static cn.sifa.correction.subject.SubjectStatus.DISCHARGE_PENDING;
import static cn.sifa.correction.subject.SubjectStatus.LOST_CONTACT;
import static cn.sifa.correction.subject.SubjectStatus.RECEIVED;
import static cn.sifa.correction.subject.SubjectStatus.REVOCATION_PROPOSED;
import static cn.sifa.correction.subject.SubjectStatus.TERMINATED;
import static cn.sifa.correction.subject.SubjectStatus.TRANSFERRED_OUT;
import static cn.sifa.correction.subject.SubjectStatus.UNDER_CORRECTION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.error.InvalidTransitionException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.WorkflowEntity;

/**
 * 社区矫正对象, from the judgment taking effect to discharge or termination:
 * AWAITING_REPORT → (report-in) RECEIVED → (team, plan, supervision-level) UNDER_CORRECTION → (discharge-preparation)
 * DISCHARGE_PENDING → (end) DISCHARGED; UNDER_CORRECTION ⇄ LOST_CONTACT; UNDER_CORRECTION → (measures: a revocation
 * or recommitment proposal) REVOCATION_PROPOSED → (end) TERMINATED or (revocation-rejected) UNDER_CORRECTION; death
 * ends any open record (TERMINATED).
 */
@Entity
@Audited
@Table(name = "cr_subject")
public class Subject extends WorkflowEntity {

    public static final String RECORD_TYPE = "correction-subject";
    public static final String REPORT_IN = "REPORT_IN";
    public static final String HANDOVER = "CORRECTION_HANDOVER";
    public static final String TERM_END = "CORRECTION_TERM_END";
    public static final String HEALTH_REPORT = "CORRECTION_HEALTH_REPORT";
    public static final String MEDICAL_RECHECK = "CORRECTION_MEDICAL_RECHECK";
    public static final String REVOCATION_DECISION = "CORRECTION_REVOCATION_DECISION";
    public static final String RECOMMITMENT_DECISION = "CORRECTION_RECOMMITMENT_DECISION";
    public static final String ARREST_DECISION = "CORRECTION_ARREST_DECISION";
    public static final String SENTENCE_REDUCTION = "CORRECTION_SENTENCE_REDUCTION";
    /** 解矫 preparation (self-summary, appraisal) starts 30 days before the term ends (实施办法). */
    public static final int DISCHARGE_PREPARATION_DAYS = 30;

    static final StateMachine<SubjectStatus> STEPS = new StateMachine<>(SubjectStatus.class)
            .allow(AWAITING_REPORT, "report-in", RECEIVED)
            .allow(AWAITING_REPORT, "end", TERMINATED)
            .allow(RECEIVED, "team", RECEIVED)
            .allow(RECEIVED, "plan", RECEIVED)
            .allow(RECEIVED, "supervision-level", UNDER_CORRECTION)
            .allow(RECEIVED, "end", TERMINATED)
            .allow(UNDER_CORRECTION, "team", UNDER_CORRECTION)
            .allow(UNDER_CORRECTION, "plan", UNDER_CORRECTION)
            .allow(UNDER_CORRECTION, "supervision-level", UNDER_CORRECTION)
            .allow(UNDER_CORRECTION, "check-ins", UNDER_CORRECTION)
            .allow(UNDER_CORRECTION, "leave-requests", UNDER_CORRECTION)
            .allow(UNDER_CORRECTION, "electronic-monitoring", UNDER_CORRECTION)
            .allow(UNDER_CORRECTION, "transfer", UNDER_CORRECTION)
            .allow(UNDER_CORRECTION, "education-records", UNDER_CORRECTION)
            .allow(UNDER_CORRECTION, "community-service", UNDER_CORRECTION)
            .allow(UNDER_CORRECTION, "home-visits", UNDER_CORRECTION)
            .allow(UNDER_CORRECTION, "psychological-assessments", UNDER_CORRECTION)
            .allow(UNDER_CORRECTION, "measures", UNDER_CORRECTION, REVOCATION_PROPOSED)
            .allow(UNDER_CORRECTION, "lost-contact", LOST_CONTACT)
            .allow(UNDER_CORRECTION, "discharge-preparation", DISCHARGE_PENDING)
            .allow(UNDER_CORRECTION, "end", DISCHARGED, TERMINATED)
            .allow(LOST_CONTACT, "found", UNDER_CORRECTION)
            .allow(LOST_CONTACT, "measures", LOST_CONTACT, REVOCATION_PROPOSED)
            .allow(LOST_CONTACT, "end", TERMINATED)
            .allow(REVOCATION_PROPOSED, "measures", REVOCATION_PROPOSED)
            .allow(REVOCATION_PROPOSED, "revocation-rejected", UNDER_CORRECTION)
            .allow(REVOCATION_PROPOSED, "end", TERMINATED)
            .allow(DISCHARGE_PENDING, "check-ins", DISCHARGE_PENDING)
            .allow(DISCHARGE_PENDING, "leave-requests", DISCHARGE_PENDING)
            .allow(DISCHARGE_PENDING, "education-records", DISCHARGE_PENDING)
            .allow(DISCHARGE_PENDING, "community-service", DISCHARGE_PENDING)
            .allow(DISCHARGE_PENDING, "home-visits", DISCHARGE_PENDING)
            .allow(DISCHARGE_PENDING, "psychological-assessments", DISCHARGE_PENDING)
            .allow(DISCHARGE_PENDING, "measures", DISCHARGE_PENDING, REVOCATION_PROPOSED)
            .allow(DISCHARGE_PENDING, "end", DISCHARGED, TERMINATED);

    private String personName;
    private String idNumber;
    private String phone;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private boolean minor;
    @Enumerated(EnumType.STRING)
    private SubjectKind kind;
    @Enumerated(EnumType.STRING)
    private TempOutsideReason tempOutsideReason;
    private String decidingAuthority;
    private LocalDate judgmentEffectiveOn;
    private LocalDate termStart;
    private LocalDate termEnd;
    private String crime;
    private UUID executingOrgId;
    private String assignee;
    @Enumerated(EnumType.STRING)
    private SubjectStatus status;
    private LocalDate reportedOn;
    private LocalDate announcedOn;
    private String team;
    private Boolean teamHasWoman;
    private String plan;
    @Enumerated(EnumType.STRING)
    private SupervisionLevel supervisionLevel;
    private LocalDate lastCheckInOn;
    private LocalDate lostContactSince;
    private LocalDate revocationProposedOn;
    private LocalDate dischargePreparedOn;
    @Enumerated(EnumType.STRING)
    private EndType endType;
    @Enumerated(EnumType.STRING)
    private TerminationGround terminationGround;
    private LocalDate endedOn;
    private LocalDate transferredOn;

    protected Subject() {
    }

    Subject(String divisionCode, String personName, String idNumber, String phone, Gender gender, boolean minor,
            SubjectKind kind, TempOutsideReason tempOutsideReason, String decidingAuthority, LocalDate judgmentEffectiveOn,
            LocalDate termStart, LocalDate termEnd, String crime, UUID executingOrgId, String assignee) {
        super(divisionCode);
        this.personName = personName;
        this.idNumber = idNumber;
        this.phone = phone;
        this.gender = gender;
        this.minor = minor;
        this.kind = kind;
        this.tempOutsideReason = tempOutsideReason;
        this.decidingAuthority = decidingAuthority;
        this.judgmentEffectiveOn = judgmentEffectiveOn;
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.crime = crime;
        this.executingOrgId = executingOrgId;
        this.assignee = assignee;
        this.status = AWAITING_REPORT;
    }

    /** The intake's own checks: the reason goes with 暂予监外执行 only, and the dates are in order. */
    static void checkIntake(ValidationException.Collector errors, SubjectKind kind, TempOutsideReason reason,
                            LocalDate judgmentEffectiveOn, LocalDate termStart, LocalDate termEnd, LocalDate today) {
        if (kind == SubjectKind.TEMP_OUTSIDE_PRISON && reason == null) {
            errors.add("tempOutsideReason", "required", "暂予监外执行应填写暂予监外执行的情形");
        }
        if (kind != null && kind != SubjectKind.TEMP_OUTSIDE_PRISON && reason != null) {
            errors.add("tempOutsideReason", "not-applicable", "仅暂予监外执行填写暂予监外执行的情形");
        }
        StepDates.notInFuture(errors, "judgmentEffectiveOn", judgmentEffectiveOn, today);
        if (termStart != null && termEnd != null && termEnd.isBefore(termStart)) {
            errors.add("termEnd", "date-order", "矫正期限截止日期不能早于起始日期");
        }
    }

    /**
     * 交付接收: 管制/缓刑/假释 report within 10 days of the judgment taking effect (Art 21 ¶1); 暂予监外执行 is handed over
     * within 10 days (Art 21 ¶2).
     */
    Transition registration() {
        String rule = kind == SubjectKind.TEMP_OUTSIDE_PRISON ? HANDOVER : REPORT_IN;
        return Transition.of("intake", null, status, judgmentEffectiveOn, decidingAuthority, Transition.open(rule, judgmentEffectiveOn));
    }

    /** 报到 / 接收, 登记, 建档, 宣告 (Art 22). */
    Transition reportIn(LocalDate on, LocalDate announced, LocalDate today) {
        STEPS.check("report-in", status);
        StepDates.require("reportedOn", on, today, judgmentEffectiveOn, null);
        if (announced != null) {
            StepDates.require("announcedOn", announced, today, on, null);
        }
        this.reportedOn = on;
        this.announcedOn = announced;
        String rule = kind == SubjectKind.TEMP_OUTSIDE_PRISON ? HANDOVER : REPORT_IN;
        return move("report-in", RECEIVED, on, announced == null ? "报到登记" : "报到登记,宣告", Transition.meet(rule, on));
    }

    /** 矫正小组 (Art 25): a female subject's team includes a woman. */
    Transition team(String members, boolean includesWoman, LocalDate on, LocalDate today) {
        STEPS.check("team", status);
        StepDates.require("setUpOn", on, today, reportedOn, null);
        if (gender == Gender.FEMALE && !includesWoman) {
            throw ValidationException.of("includesWoman", "team-needs-woman", "女性社区矫正对象的矫正小组应当有女性成员(社区矫正法第二十五条)");
        }
        this.team = members;
        this.teamHasWoman = includesWoman;
        return Transition.event("team", status, on, "确定矫正小组:" + members);
    }

    /** 矫正方案 (Art 24). */
    Transition plan(String text, LocalDate on, LocalDate today) {
        STEPS.check("plan", status);
        StepDates.require("setOn", on, today, reportedOn, null);
        this.plan = text;
        return Transition.event("plan", status, on, "制定矫正方案");
    }

    /**
     * 分类管理 (Art 24). The first level puts the subject under correction: the term's end (an expiry) and the
     * reporting periods start. A later change replaces the regular reporting period.
     */
    Transition supervisionLevel(SupervisionLevel level, LocalDate on, LocalDate today) {
        STEPS.check("supervision-level", status);
        StepDates.require("setOn", on, today, reportedOn, null);
        List<Transition.DeadlineEffect> effects = new ArrayList<>();
        if (status == RECEIVED) {
            ValidationException.Collector errors = new ValidationException.Collector();
            if (team == null) {
                errors.add("team", "required", "入矫前应确定矫正小组");
            }
            if (plan == null) {
                errors.add("plan", "required", "入矫前应制定矫正方案");
            }
            errors.throwIfAny();
            effects.add(Transition.open(TERM_END, termEnd));
            if (kind == SubjectKind.TEMP_OUTSIDE_PRISON) {
                effects.add(Transition.open(HEALTH_REPORT, on));
                if (tempOutsideReason == TempOutsideReason.MEDICAL_PAROLE) {
                    effects.add(Transition.open(MEDICAL_RECHECK, on));
                }
            }
        } else if (supervisionLevel != null) {
            effects.add(Transition.cancel(reportRule(supervisionLevel)));
        }
        effects.add(Transition.open(reportRule(level), on));
        SubjectStatus from = status;
        this.supervisionLevel = level;
        this.status = UNDER_CORRECTION;
        return Transition.of("supervision-level", from, status, on, level.label(), effects.toArray(Transition.DeadlineEffect[]::new));
    }

    static String reportRule(SupervisionLevel level) {
        return "CORRECTION_REPORT_" + level.name();
    }

    /** 报告: meets the period due and starts the next one. */
    Transition checkIn(CheckInType type, String note, LocalDate on, LocalDate today) {
        STEPS.check("check-ins", status);
        StepDates.require("checkedInOn", on, today, reportedOn, null);
        String rule = switch (type) {
            case REGULAR -> reportRule(supervisionLevel);
            case HEALTH_REPORT -> HEALTH_REPORT;
            case MEDICAL_RECHECK -> MEDICAL_RECHECK;
        };
        if (type == CheckInType.HEALTH_REPORT && kind != SubjectKind.TEMP_OUTSIDE_PRISON
                || type == CheckInType.MEDICAL_RECHECK && tempOutsideReason != TempOutsideReason.MEDICAL_PAROLE) {
            throw ValidationException.of("type", "not-applicable", type.label() + "不适用于该社区矫正对象");
        }
        if (type == CheckInType.REGULAR) {
            this.lastCheckInOn = on;
        }
        return Transition.event("check-ins", status, on, type.label() + (note == null ? "" : ":" + note),
                Transition.meet(rule, on), Transition.open(rule, on));
    }

    /**
     * 奖惩 (Art 28): a revocation or recommitment proposal moves the record to REVOCATION_PROPOSED and starts the
     * court's 30 days (Arts 48, 49); an arrest request the 48 hours (Art 47); a sentence-reduction proposal 30 days
     * (Art 33). The others are recorded.
     */
    Transition measure(CorrectionMeasure measure, String facts, LocalDate on, LocalDate today) {
        STEPS.check("measures", status);
        StepDates.require("decidedOn", on, today, reportedOn, null);
        switch (measure) {
            case PROPOSE_REVOKE_PROBATION, PROPOSE_REVOKE_PAROLE, PROPOSE_RECOMMITMENT -> {
                SubjectKind needed = measure == CorrectionMeasure.PROPOSE_REVOKE_PROBATION ? SubjectKind.PROBATION
                        : measure == CorrectionMeasure.PROPOSE_REVOKE_PAROLE ? SubjectKind.PAROLE : SubjectKind.TEMP_OUTSIDE_PRISON;
                if (kind != needed) {
                    throw ValidationException.of("measure", "not-applicable", measure.label() + "仅适用于" + needed.label() + "对象");
                }
                STEPS.check("measures", status, REVOCATION_PROPOSED);
                if (status == REVOCATION_PROPOSED) {
                    throw new InvalidTransitionException("measures", status.name(), allowedActions());
                }
                this.revocationProposedOn = on;
                String rule = measure == CorrectionMeasure.PROPOSE_RECOMMITMENT ? RECOMMITMENT_DECISION : REVOCATION_DECISION;
                return move("measures", REVOCATION_PROPOSED, on, measure.label() + ":" + facts, Transition.open(rule, on));
            }
            case PROPOSE_ARREST -> {
                if (status != REVOCATION_PROPOSED) {
                    throw ValidationException.of("measure", "not-applicable", "提请逮捕应在提请撤销缓刑、假释之后(社区矫正法第四十七条)");
                }
                return Transition.event("measures", status, on, measure.label() + ":" + facts, Transition.open(ARREST_DECISION, on));
            }
            case PROPOSE_SENTENCE_REDUCTION -> {
                return Transition.event("measures", status, on, measure.label() + ":" + facts, Transition.open(SENTENCE_REDUCTION, on));
            }
            default -> {
                return Transition.event("measures", status, on, measure.label() + ":" + facts);
            }
        }
    }

    /** 法院裁定不予撤销 / 决定不予收监: back under correction. */
    Transition revocationRejected(LocalDate on, String reason, LocalDate today) {
        STEPS.check("revocation-rejected", status);
        StepDates.require("decidedOn", on, today, revocationProposedOn, null);
        String rule = kind == SubjectKind.TEMP_OUTSIDE_PRISON ? RECOMMITMENT_DECISION : REVOCATION_DECISION;
        return move("revocation-rejected", UNDER_CORRECTION, on, reason, Transition.meet(rule, on), Transition.cancel(ARREST_DECISION));
    }

    /** 脱管 (Art 30): the search starts at once. */
    Transition lostContact(LocalDate since, String search, LocalDate today) {
        STEPS.check("lost-contact", status);
        StepDates.require("since", since, today, reportedOn, null);
        this.lostContactSince = since;
        return move("lost-contact", LOST_CONTACT, since, search);
    }

    Transition found(LocalDate on, String finding, LocalDate today) {
        STEPS.check("found", status);
        StepDates.require("foundOn", on, today, lostContactSince, null);
        this.lostContactSince = null;
        return move("found", UNDER_CORRECTION, on, finding);
    }

    /** 解矫准备: from 30 days before the term ends, the self-summary and the agency's appraisal. */
    Transition prepareDischarge(String selfSummary, String appraisal, LocalDate on, LocalDate today) {
        STEPS.check("discharge-preparation", status);
        StepDates.require("preparedOn", on, today, reportedOn, null);
        if (on.isBefore(termEnd.minusDays(DISCHARGE_PREPARATION_DAYS))) {
            throw ValidationException.of("preparedOn", "too-early", "解矫准备自矫正期满前" + DISCHARGE_PREPARATION_DAYS
                    + "日起办理(期满日 " + termEnd + ")");
        }
        this.dischargePreparedOn = on;
        return move("discharge-preparation", DISCHARGE_PENDING, on, "个人总结:" + selfSummary + ";鉴定意见:" + appraisal);
    }

    /** 解除 (Art 44) or 终止 (Art 45). */
    Transition end(EndType type, TerminationGround ground, LocalDate on, LocalDate today) {
        SubjectStatus target = type.name().startsWith("DISCHARGED") ? DISCHARGED : TERMINATED;
        STEPS.check("end", status, target);
        boolean allowed = switch (type) {
            case DISCHARGED_EXPIRY -> status == DISCHARGE_PENDING;
            case DISCHARGED_PARDON -> status == UNDER_CORRECTION || status == DISCHARGE_PENDING;
            case TERMINATED_PROBATION_REVOKED -> status == REVOCATION_PROPOSED && kind == SubjectKind.PROBATION;
            case TERMINATED_PAROLE_REVOKED -> status == REVOCATION_PROPOSED && kind == SubjectKind.PAROLE;
            case TERMINATED_RECOMMITTED -> status == REVOCATION_PROPOSED && kind == SubjectKind.TEMP_OUTSIDE_PRISON;
            case TERMINATED_DEATH -> true;
        };
        if (!allowed) {
            throw new InvalidTransitionException("end:" + type.name(), status.name(), allowedActions());
        }
        StepDates.require("endedOn", on, today, reportedOn == null ? judgmentEffectiveOn : reportedOn, null);
        var grounds = TerminationGround.allowedFor(type);
        if (grounds.isEmpty() && ground != null) {
            throw ValidationException.of("terminationGround", "not-applicable", type.label() + "不需要撤销或收监的理由");
        }
        if (!grounds.isEmpty() && (ground == null || !grounds.contains(ground))) {
            throw ValidationException.of("terminationGround", ground == null ? "required" : "not-applicable",
                    type.label() + "应当写明法定理由:" + grounds.stream().map(TerminationGround::label).toList());
        }
        if (type == EndType.DISCHARGED_EXPIRY && on.isBefore(termEnd)) {
            throw ValidationException.of("endedOn", "before-term-end", "矫正期满之日(" + termEnd + ")前不能解除社区矫正");
        }
        this.endType = type;
        this.terminationGround = ground;
        this.endedOn = on;
        List<Transition.DeadlineEffect> effects = new ArrayList<>();
        if (type == EndType.DISCHARGED_EXPIRY) {
            effects.add(Transition.meet(TERM_END, on));
        } else if (status == REVOCATION_PROPOSED) {
            effects.add(Transition.meet(type == EndType.TERMINATED_RECOMMITTED ? RECOMMITMENT_DECISION : REVOCATION_DECISION, on));
        }
        effects.add(Transition.cancelAll());
        return move("end", target, on, type.label(), effects.toArray(Transition.DeadlineEffect[]::new));
    }

    /**
     * A sub-record (leave request, electronic monitoring, change of executing place, education or community service)
     * opened on the subject: allowed only where the subject's state lists {@code action}; written to the subject's
     * history so that the file's timeline shows it.
     */
    public Transition subRecord(String action, String dateField, LocalDate on, String comment, LocalDate today) {
        STEPS.check(action, status);
        StepDates.require(dateField, on, today, reportedOn, null);
        return Transition.event(action, status, on, comment);
    }

    /**
     * 执行地变更 completed: the subject reported to the new agency, and leaves this agency's register
     * (TRANSFERRED_OUT); its own deadlines here end.
     */
    public Transition transferredOut(LocalDate on, String newAgency, LocalDate today) {
        if (status != UNDER_CORRECTION) {
            throw new InvalidTransitionException("transferred-out", status.name(), allowedActions());
        }
        StepDates.require("reportedOn", on, today, reportedOn, null);
        this.transferredOn = on;
        return move("transferred-out", TRANSFERRED_OUT, on, "执行地变更,已到" + newAgency + "报到", Transition.cancelAll());
    }

    private Transition move(String action, SubjectStatus to, LocalDate on, String comment, Transition.DeadlineEffect... effects) {
        SubjectStatus from = status;
        status = to;
        return Transition.of(action, from, to, on, comment, effects);
    }

    @Override
    public List<String> allowedActions() {
        return STEPS.actionsFrom(status);
    }

    @Override
    public SubjectStatus status() {
        return status;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    /** Never the person's name: a notification carries no identity. */
    @Override
    public String reference() {
        return "社区矫正对象(" + kind.label() + ",期满 " + termEnd + ")";
    }

    @Override
    public String link() {
        return "/correction/subjects/" + getId();
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
    public Gender getGender() { return gender; }
    public boolean isMinor() { return minor; }
    public SubjectKind getKind() { return kind; }
    public TempOutsideReason getTempOutsideReason() { return tempOutsideReason; }
    public String getDecidingAuthority() { return decidingAuthority; }
    public LocalDate getJudgmentEffectiveOn() { return judgmentEffectiveOn; }
    public LocalDate getTermStart() { return termStart; }
    public LocalDate getTermEnd() { return termEnd; }
    public String getCrime() { return crime; }
    public UUID getExecutingOrgId() { return executingOrgId; }
    public String getAssignee() { return assignee; }
    public SubjectStatus getStatus() { return status; }
    public LocalDate getReportedOn() { return reportedOn; }
    public LocalDate getAnnouncedOn() { return announcedOn; }
    public String getTeam() { return team; }
    public Boolean getTeamHasWoman() { return teamHasWoman; }
    public String getPlan() { return plan; }
    public SupervisionLevel getSupervisionLevel() { return supervisionLevel; }
    public LocalDate getLastCheckInOn() { return lastCheckInOn; }
    public LocalDate getLostContactSince() { return lostContactSince; }
    public LocalDate getRevocationProposedOn() { return revocationProposedOn; }
    public LocalDate getDischargePreparedOn() { return dischargePreparedOn; }
    public EndType getEndType() { return endType; }
    public TerminationGround getTerminationGround() { return terminationGround; }
    public LocalDate getEndedOn() { return endedOn; }
    public LocalDate getTransferredOn() { return transferredOn; }
}
