package cn.sifa.core.workflow;

import java.time.LocalDate;
import java.util.List;

/**
 * What a workflow step did, as the aggregate decided it: the history row to write (action, from, to, date,
 * comment) and the deadlines it opens, meets or cancels. The aggregate returns it; {@link Workflow#apply} carries
 * it out. {@code from} is null for the step that creates the record; {@code to} equals {@code from} for a step
 * that records something without changing the state (a session, a follow-up).
 */
public record Transition(String action, Enum<?> from, Enum<?> to, LocalDate on, String comment,
                         List<DeadlineEffect> deadlines) {

    public Transition {
        if (action == null || to == null || on == null) {
            throw new IllegalArgumentException("a transition needs an action, a target state and a date");
        }
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    }

    public static Transition of(String action, Enum<?> from, Enum<?> to, LocalDate on, String comment,
                                DeadlineEffect... effects) {
        return new Transition(action, from, to, on, comment, List.of(effects));
    }

    /** A step that records an event on the record without changing its state. */
    public static Transition event(String action, Enum<?> state, LocalDate on, String comment, DeadlineEffect... effects) {
        return new Transition(action, state, state, on, comment, List.of(effects));
    }

    public String fromName() {
        return from == null ? null : from.name();
    }

    public String toName() {
        return to.name();
    }

    /** A deadline change a step causes. */
    public sealed interface DeadlineEffect permits Open, Meet, Cancel, CancelAll {
    }

    /** Opens the deadline of a rule (re-opens it, replacing an open one of the same kind), counted from {@code anchor}. */
    public record Open(String rule, LocalDate anchor) implements DeadlineEffect {
    }

    /** The step the deadline waited for happened on {@code on}: MET on or before the due date, else MISSED. */
    public record Meet(String rule, LocalDate on) implements DeadlineEffect {
    }

    /** The step the deadline waited for will never happen. */
    public record Cancel(String rule) implements DeadlineEffect {
    }

    /** Every open deadline of the record ends (archived, closed, terminated). */
    public record CancelAll() implements DeadlineEffect {
    }

    public static Open open(String rule, LocalDate anchor) {
        return new Open(rule, anchor);
    }

    public static Meet meet(String rule, LocalDate on) {
        return new Meet(rule, on);
    }

    public static Cancel cancel(String rule) {
        return new Cancel(rule);
    }

    public static CancelAll cancelAll() {
        return new CancelAll();
    }
}
