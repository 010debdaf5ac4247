package cn.sifa.core.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Statutory deadlines stored on records. A rule (amount, unit, anchor event, basis) comes from
 * {@code core_deadline_rule}, national default or the record's province's override; services insert their
 * rules by migration. The due date is computed by {@link DeadlineCalculator} and stored.
 */
public interface Deadlines {

    /** Opens (or re-opens, replacing an open one of the same kind) the deadline of rule {@code ruleCode} counted from {@code anchor}. */
    DeadlineView open(DeadlineTarget target, String ruleCode, LocalDate anchor);

    /** Marks the deadline met on {@code on}; MET when on or before the due date, else MISSED. No-op when none is open. */
    void meet(UUID recordId, String ruleCode, LocalDate on);

    /** The step the deadline waited for will never happen (e.g. the case was declined). */
    void cancel(UUID recordId, String ruleCode);

    /** Cancels every open deadline of the record (e.g. archived, terminated). */
    void cancelAll(UUID recordId);

    List<DeadlineView> of(UUID recordId);

    /** Whether any open deadline of the record has passed today. */
    boolean isOverdue(UUID recordId);
}
