package cn.sifa.core.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.sifa.core.scope.DivisionScopedEntity;

/** One step of a record's workflow, as the history shows it. Written once, never changed. */
@Entity
@Table(name = "core_transition")
class HistoryEntry extends DivisionScopedEntity {

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private UUID recordId;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "from_state", length = 40)
    private String fromState;

    @Column(name = "to_state", nullable = false, length = 40)
    private String toState;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "actor_name", length = 100)
    private String actorName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(length = 2000)
    private String comment;

    protected HistoryEntry() {
    }

    HistoryEntry(String recordType, UUID recordId, String divisionCode, String action, String fromState, String toState,
               LocalDate occurredOn, String actor, String actorName, Instant recordedAt, String comment) {
        super(divisionCode);
        this.recordType = recordType;
        this.recordId = recordId;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.occurredOn = occurredOn;
        this.actor = actor;
        this.actorName = actorName;
        this.recordedAt = recordedAt;
        this.comment = comment;
    }

    TransitionView view() {
        return new TransitionView(action, fromState, toState, occurredOn, actor, recordedAt, comment, actorName);
    }
}
