package cn.sifa.core.workflow;

import jakarta.persistence.EntityManager;

import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.scope.ScopedNativeRead;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;

/**
 * {@link TransitionLog} in {@code core_transition}, written in the service's transaction so that a step and its
 * history row commit together. The actor is whoever is calling; history is division-scoped like the record.
 */
@Service
@Transactional
public class TransitionHistory implements TransitionLog {

    private final TransitionRepository transitions;
    private final Clock clock;
    private final EntityManager entityManager;

    public TransitionHistory(TransitionRepository transitions, Clock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.transitions = transitions;
        this.clock = clock;
    }

    @Override
    public void record(String recordType, UUID recordId, String divisionCode, String action, String fromState,
                       String toState, LocalDate occurredOn, String comment) {
        if (recordType == null || recordId == null || divisionCode == null || action == null || toState == null
                || occurredOn == null) {
            throw new IllegalArgumentException("recordType, recordId, divisionCode, action, toState and occurredOn are required");
        }
        SifaPrincipal actor = CurrentCaller.get();
        transitions.save(new HistoryEntry(recordType, recordId, divisionCode, action, fromState, toState, occurredOn,
                actor.subject(), actor.displayName(), clock.instant(), comment));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TransitionView> of(UUID recordId) {
        return ScopedNativeRead.list(entityManager, HistoryEntry.class, OF_RECORD, recordId).stream().map(HistoryEntry::view).toList();
    }

    /** A record's history in native SQL with the division scope written out, for the reason given at {@link ScopedNativeRead}. */
    private static final String OF_RECORD = "select h.* from core_transition h where h.record_id = :recordId and "
            + DivisionScope.within("h", "prefix") + " order by h.recorded_at, h.created_at";
}
