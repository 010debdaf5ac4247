package cn.sifa.mediation.dispute;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

/** A follow-up visit (回访) after an agreement. */
@Entity
@Audited
@Table(name = "med_case_follow_up")
public class FollowUp {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MediationCase mediationCase;

    @Column(nullable = false)
    private LocalDate visitedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpMethod method;

    private String visitor;

    @Column(nullable = false)
    private String notes;

    private Boolean satisfied;

    protected FollowUp() {
    }

    FollowUp(MediationCase owner, LocalDate visitedOn, FollowUpMethod method, String visitor, String notes, Boolean satisfied) {
        this.mediationCase = owner;
        this.visitedOn = visitedOn;
        this.method = method;
        this.visitor = visitor;
        this.notes = notes;
        this.satisfied = satisfied;
    }

    public UUID getId() {
        return id;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public FollowUpMethod getMethod() {
        return method;
    }

    public String getVisitor() {
        return visitor;
    }

    public String getNotes() {
        return notes;
    }

    public Boolean getSatisfied() {
        return satisfied;
    }
}
