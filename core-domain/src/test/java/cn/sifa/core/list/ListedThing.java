package cn.sifa.core.list;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.sifa.core.scope.DivisionScopedEntity;

/** A division-scoped record to page through: many share a received date, a due date may be absent. */
@Entity
@Table(name = "test_listed_thing")
class ListedThing extends DivisionScopedEntity {

    enum Stage { NEW, OPEN, CLOSED }

    @Column(nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    private LocalDate dueOn;

    @Column(nullable = false)
    private String label;

    protected ListedThing() {
    }

    ListedThing(String divisionCode, LocalDate receivedOn, Stage stage, LocalDate dueOn, String label) {
        super(divisionCode);
        this.receivedOn = receivedOn;
        this.stage = stage;
        this.dueOn = dueOn;
        this.label = label;
    }
}
