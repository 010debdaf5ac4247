package cn.sifa.correction.supervision;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.scope.DivisionScopedEntity;
import cn.sifa.correction.subject.Subject;

/** One home visit (走访/家访) of a subject; its history row is the subject's {@code home-visits} step. */
@Entity
@Audited
@Table(name = "cr_home_visit")
public class HomeVisit extends DivisionScopedEntity {

    private UUID subjectId;
    private LocalDate visitedOn;
    private String visitor;
    @Enumerated(EnumType.STRING)
    private VisitPlace place;
    private String findings;
    private String followUp;

    protected HomeVisit() {
    }

    HomeVisit(Subject subject, LocalDate visitedOn, String visitor, VisitPlace place, String findings, String followUp) {
        super(subject.getDivisionCode());
        this.subjectId = subject.getId();
        this.visitedOn = visitedOn;
        this.visitor = visitor;
        this.place = place;
        this.findings = findings;
        this.followUp = followUp;
    }

    public UUID getSubjectId() { return subjectId; }
    public LocalDate getVisitedOn() { return visitedOn; }
    public String getVisitor() { return visitor; }
    public VisitPlace getPlace() { return place; }
    public String getFindings() { return findings; }
    public String getFollowUp() { return followUp; }
}
