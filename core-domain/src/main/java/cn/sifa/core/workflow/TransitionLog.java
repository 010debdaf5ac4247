package cn.sifa.core.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The history row of every workflow transition: who, when, from, to, and a comment (SERVICE-CHECKLIST). */
public interface TransitionLog {

    void record(String recordType, UUID recordId, String divisionCode, String action, String fromState,
                String toState, LocalDate occurredOn, String comment);

    List<TransitionView> of(UUID recordId);
}
