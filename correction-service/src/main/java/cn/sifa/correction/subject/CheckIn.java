package cn.sifa.correction.subject;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.scope.DivisionScopedEntity;

/** One report (报告) of a subject with its kind and note; its history row is the subject's {@code check-ins} step. */
@Entity
@Audited
@Table(name = "cr_check_in")
public class CheckIn extends DivisionScopedEntity {

    private UUID subjectId;
    @Enumerated(EnumType.STRING)
    private CheckInType type;
    private LocalDate checkedInOn;
    private String note;

    protected CheckIn() {
    }

    CheckIn(Subject subject, CheckInType type, LocalDate checkedInOn, String note) {
        super(subject.getDivisionCode());
        this.subjectId = subject.getId();
        this.type = type;
        this.checkedInOn = checkedInOn;
        this.note = note;
    }

    public UUID getSubjectId() { return subjectId; }
    public CheckInType getType() { return type; }
    public LocalDate getCheckedInOn() { return checkedInOn; }
    public String getNote() { return note; }
}
