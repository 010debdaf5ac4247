package cn.sifa.core.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.deadline.DeadlineStatus;
import cn.sifa.core.deadline.DeadlineTarget;
import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.deadline.Deadlines;
import cn.sifa.core.division.DivisionCodes;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.notification.Recipients;
import cn.sifa.core.web.Etags;

/**
 * The core applier of every workflow: the aggregate decides a step and returns its {@link Transition}; this writes
 * the history row and carries out the deadline effects, in the caller's transaction, so that the step, its history
 * and its deadlines commit together or not at all. Services call {@link #step} from their transactional service
 * method after loading the record in the caller's scope (404 otherwise) and then flush, so that a lost race answers
 * 409 and leaves nothing written.
 */
@Component
@Transactional
public class Workflow {

    private final TransitionLog history;
    private final Deadlines deadlines;
    private final Recipients recipients;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;

    public Workflow(TransitionLog history, Deadlines deadlines, Recipients recipients, Clock clock) {
        this.history = history;
        this.deadlines = deadlines;
        this.recipients = recipients;
        this.clock = clock;
    }

    /**
     * Checks If-Match against the loaded record (412 when stale), lets the aggregate decide ({@code decide} throws
     * 409 for an illegal step, 400 for a bad date) and applies what it decided.
     */
    public <R extends WorkflowRecord> R step(R record, String ifMatch, Function<? super R, Transition> decide) {
        Etags.checkIfMatch(ifMatch, record.getVersion());
        apply(record, decide.apply(record));
        return record;
    }

    /**
     * Inserts a new record (no merge, no SELECT first) and applies the transition that registers it: its history row
     * and first deadlines, in the caller's transaction.
     */
    public <R extends WorkflowRecord> R create(R record, Function<? super R, Transition> registration) {
        entityManager.persist(record);
        entityManager.flush(); // the id and version the history row and the ETag need
        apply(record, registration.apply(record));
        return record;
    }

    /** Writes the history row of {@code t} and carries out its deadline effects. */
    public void apply(WorkflowRecord record, Transition t) {
        // Who answers for the deadlines is checked before anything is written (400 when out of the record's scope).
        DeadlineTarget target = t.deadlines().stream().anyMatch(Transition.Open.class::isInstance) ? target(record) : null;
        history.record(record.recordType(), record.getId(), record.getDivisionCode(), t.action(), t.fromName(),
                t.toName(), t.on(), t.comment());
        for (Transition.DeadlineEffect effect : t.deadlines()) {
            // Java 17: no pattern switch; the sealed interface keeps this list complete.
            if (effect instanceof Transition.Open open) {
                deadlines.open(target, open.rule(), open.anchor());
            } else if (effect instanceof Transition.Meet meet) {
                deadlines.meet(record.getId(), meet.rule(), meet.on());
            } else if (effect instanceof Transition.Cancel cancel) {
                deadlines.cancel(record.getId(), cancel.rule());
            } else {
                deadlines.cancelAll(record.getId());
            }
        }
    }

    /** Applies several transitions of one request in order (e.g. a ruling recorded with its application). */
    public void apply(WorkflowRecord record, List<Transition> transitions) {
        transitions.forEach(t -> apply(record, t));
    }

    /** The record's status, allowed actions, deadlines, overdue flag and history, for its detail view. */
    @Transactional(readOnly = true)
    public WorkflowState state(WorkflowRecord record) {
        List<DeadlineView> due = deadlines.of(record.getId());
        boolean overdue = due.stream().anyMatch(d -> d.status() == DeadlineStatus.OVERDUE);
        return new WorkflowState(record.status().name(), record.allowedActions(), due, overdue, history.of(record.getId()));
    }

    /** The record's deadlines only (list rows that show them). */
    @Transactional(readOnly = true)
    public List<DeadlineView> deadlines(WorkflowRecord record) {
        return deadlines.of(record.getId());
    }

    /** The due date of the record's open deadline of {@code rule} (neither met nor cancelled), or null when none is open. */
    @Transactional(readOnly = true)
    public LocalDate openDue(WorkflowRecord record, String rule) {
        return deadlines.of(record.getId()).stream()
                .filter(d -> rule.equals(d.kind()) && d.metOn() == null && d.status() != DeadlineStatus.CANCELLED)
                .map(DeadlineView::dueDate).findFirst().orElse(null);
    }

    public List<TransitionView> history(WorkflowRecord record) {
        return history.of(record.getId());
    }

    /** Today by the core Clock: the date a step defaults to. */
    public LocalDate today() {
        return StepDates.today(clock);
    }

    /**
     * Whom the record's deadlines answer to. A record is assigned only to a user whose division covers it, and its
     * unit head is told only when that organization's division covers it: otherwise they would be reminded of a
     * record they cannot open (400, nothing written).
     */
    private DeadlineTarget target(WorkflowRecord record) {
        String division = record.getDivisionCode();
        if (record.assignee() != null && recipients.outOfScope(record.assignee(), division)) {
            throw ValidationException.of("assignee", "assignee-out-of-scope",
                    "承办人 " + record.assignee() + " 不属于本记录所在行政区划(" + division + "),不能指派");
        }
        if (record.unitOrganizationId() != null && recipients.divisionOfOrganization(record.unitOrganizationId())
                .map(org -> !DivisionCodes.isWithin(division, org)).orElse(false)) {
            throw ValidationException.of("unitOrganizationId", "organization-out-of-scope",
                    "承办单位不属于本记录所在行政区划(" + division + ")");
        }
        return new DeadlineTarget(record.recordType(), record.getId(), record.getDivisionCode(), record.assignee(),
                record.unitOrganizationId(), record.reference(), record.link());
    }
}
