package cn.sifa.review.litigation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.sifa.core.scope.DivisionScopedEntity;

/** 败诉责任追究: one person held accountable after a lost case, a sub-record of its {@link Litigation}. */
@Entity
@Table(name = "rv_accountability")
public class Accountability extends DivisionScopedEntity {

    private UUID litigationId;
    private String person;
    private String position;
    @Enumerated(EnumType.STRING)
    private AccountabilityMeasure measure;
    private LocalDate decidedOn;
    private String note;

    protected Accountability() {
    }

    Accountability(Litigation litigation, String person, String position, AccountabilityMeasure measure, LocalDate decidedOn,
                   String note) {
        super(litigation.getDivisionCode());
        this.litigationId = litigation.getId();
        this.person = person;
        this.position = position;
        this.measure = measure;
        this.decidedOn = decidedOn;
        this.note = note;
    }

    public UUID getLitigationId() { return litigationId; }
    public String getPerson() { return person; }
    public String getPosition() { return position; }
    public AccountabilityMeasure getMeasure() { return measure; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getNote() { return note; }
}
