package cn.sifa.correction.subject;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.scope.DivisionScopedEntity;

/** One reward or sanction (Art 28) with its facts and evidence; its history row is the subject's {@code measures} step. */
@Entity
@Audited
@Table(name = "cr_measure")
public class Measure extends DivisionScopedEntity {

    private UUID subjectId;
    @Enumerated(EnumType.STRING)
    private CorrectionMeasure measure;
    private String facts;
    private String evidence;
    private LocalDate decidedOn;

    protected Measure() {
    }

    Measure(Subject subject, CorrectionMeasure measure, String facts, String evidence, LocalDate decidedOn) {
        super(subject.getDivisionCode());
        this.subjectId = subject.getId();
        this.measure = measure;
        this.facts = facts;
        this.evidence = evidence;
        this.decidedOn = decidedOn;
    }

    public UUID getSubjectId() { return subjectId; }
    public CorrectionMeasure getMeasure() { return measure; }
    public String getFacts() { return facts; }
    public String getEvidence() { return evidence; }
    public LocalDate getDecidedOn() { return decidedOn; }
}
