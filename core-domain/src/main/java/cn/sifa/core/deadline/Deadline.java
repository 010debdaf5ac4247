package cn.sifa.core.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.sifa.core.scope.DivisionScopedEntity;
import cn.sifa.core.workflow.DueDates;

/**
 * One statutory period of one record: a rule applied from an anchor date. Division-scoped like the record, so a
 * caller only ever sees the deadlines of records in their scope. The due date is stored (and recomputed only when
 * the holiday schedule of a year it depends on changes); the shown status is derived from it and today.
 */
@Entity
@Table(name = "core_deadline")
public class Deadline extends DivisionScopedEntity {

    /** What is stored; PENDING / DUE_SOON / OVERDUE are only ever computed from an OPEN row and today. */
    public enum State { OPEN, MET, MISSED, CANCELLED }

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private UUID recordId;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "anchor_date", nullable = false)
    private LocalDate anchorDate;

    @Column(nullable = false)
    private int amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeadlineUnit unit;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    /** Copied from the rule: an expiry is the date itself and never moves with the holiday schedule. */
    @Column(nullable = false)
    private boolean expiry;

    @Column(nullable = false, length = 300)
    private String basis;

    @Column(name = "met_on")
    private LocalDate metOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private State state;

    @Column(nullable = false)
    private boolean provisional;

    @Column(length = 100)
    private String assignee;

    @Column(name = "unit_org_id")
    private UUID unitOrgId;

    @Column(name = "case_no", length = 60)
    private String caseNo;

    @Column(length = 300)
    private String link;

    @Column(name = "notified_soon_at")
    private Instant notifiedSoonAt;

    @Column(name = "notified_overdue_at")
    private Instant notifiedOverdueAt;

    protected Deadline() {
    }

    Deadline(DeadlineTarget target, DeadlineRule rule, LocalDate anchor, DeadlineCalculator.DueDate due) {
        super(target.divisionCode());
        this.recordType = target.recordType();
        this.recordId = target.recordId();
        this.kind = rule.getCode();
        this.state = State.OPEN;
        reopen(target, rule, anchor, due);
    }

    /** Counts the period again from a new anchor (the step was redone); reminders start over. */
    void reopen(DeadlineTarget target, DeadlineRule rule, LocalDate anchor, DeadlineCalculator.DueDate due) {
        if (state != State.OPEN) {
            throw new IllegalStateException("only an open deadline can be reopened");
        }
        this.label = rule.getLabel();
        this.basis = rule.getBasis();
        this.amount = rule.getAmount();
        this.unit = rule.getUnit();
        this.expiry = rule.isExpiry();
        this.anchorDate = anchor;
        this.assignee = target.assignee();
        this.unitOrgId = target.unitHeadOrganizationId();
        this.caseNo = target.caseNo();
        this.link = target.link();
        moveTo(due);
    }

    /**
     * The holiday schedule changed: same rule, same anchor, possibly another date. An open deadline moves (its
     * reminders start over); a MET or MISSED one is judged again against the new date, since "in time" meant in
     * time for a date that no longer holds. A cancelled one keeps its date.
     *
     * @return whether anything changed
     */
    boolean recompute(DeadlineCalculator calculator) {
        if (state == State.CANCELLED) {
            return false;
        }
        DeadlineCalculator.DueDate due = calculator.due(anchorDate, amount, unit, expiry);
        if (due.date().equals(dueDate) && due.provisional() == provisional) {
            return false;
        }
        if (state == State.OPEN) {
            if (due.date().equals(dueDate)) {
                provisional = due.provisional();
            } else {
                moveTo(due);
            }
        } else {
            dueDate = due.date();
            provisional = due.provisional();
            state = metOn.isAfter(dueDate) ? State.MISSED : State.MET;
        }
        return true;
    }

    private void moveTo(DeadlineCalculator.DueDate due) {
        this.dueDate = due.date();
        this.provisional = due.provisional();
        this.notifiedSoonAt = null;
        this.notifiedOverdueAt = null;
    }

    /** The awaited step happened on {@code on}: in time (MET) or late (MISSED). */
    void meet(LocalDate on) {
        if (state != State.OPEN) {
            return;
        }
        this.metOn = on;
        this.state = on.isAfter(dueDate) ? State.MISSED : State.MET;
    }

    void cancel() {
        if (state == State.OPEN) {
            state = State.CANCELLED;
        }
    }

    void markSoonNotified(Instant at) {
        notifiedSoonAt = at;
    }

    void markOverdueNotified(Instant at) {
        notifiedOverdueAt = at;
        if (notifiedSoonAt == null) {
            notifiedSoonAt = at;
        }
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    /** The shown status; "due soon" is {@link DueDates}'s, the one definition of every service. */
    public DeadlineStatus statusOn(LocalDate today, DueDates dueDates) {
        return switch (state) {
            case MET -> DeadlineStatus.MET;
            case MISSED -> DeadlineStatus.MISSED;
            case CANCELLED -> DeadlineStatus.CANCELLED;
            case OPEN -> {
                if (dueDate.isBefore(today)) {
                    yield DeadlineStatus.OVERDUE;
                }
                yield dueDate.isAfter(dueDates.dueSoonUntil(today)) ? DeadlineStatus.PENDING : DeadlineStatus.DUE_SOON;
            }
        };
    }

    public DeadlineView view(LocalDate today, DueDates dueDates) {
        return new DeadlineView(kind, label, dueDate, basis, metOn, statusOn(today, dueDates), provisional);
    }

    public String getRecordType() {
        return recordType;
    }

    public UUID getRecordId() {
        return recordId;
    }

    public String getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public LocalDate getAnchorDate() {
        return anchorDate;
    }

    public int getAmount() {
        return amount;
    }

    public DeadlineUnit getUnit() {
        return unit;
    }

    public boolean isExpiry() {
        return expiry;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getBasis() {
        return basis;
    }

    public LocalDate getMetOn() {
        return metOn;
    }

    public State getState() {
        return state;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public String getAssignee() {
        return assignee;
    }

    public UUID getUnitOrgId() {
        return unitOrgId;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public String getLink() {
        return link;
    }

    public Instant getNotifiedSoonAt() {
        return notifiedSoonAt;
    }

    public Instant getNotifiedOverdueAt() {
        return notifiedOverdueAt;
    }
}
