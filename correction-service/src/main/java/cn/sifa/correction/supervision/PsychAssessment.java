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

/** One psychological assessment (心理评估) of a subject, health data; its history row is the subject's {@code psychological-assessments} step. */
@Entity
@Audited
@Table(name = "cr_psych_assessment")
public class PsychAssessment extends DivisionScopedEntity {

    private UUID subjectId;
    private LocalDate assessedOn;
    private String assessor;
    private String instrument;
    @Enumerated(EnumType.STRING)
    private PsychRiskLevel riskLevel;
    private String conclusion;
    private String recommendation;

    protected PsychAssessment() {
    }

    PsychAssessment(Subject subject, LocalDate assessedOn, String assessor, String instrument, PsychRiskLevel riskLevel, String conclusion,
                    String recommendation) {
        super(subject.getDivisionCode());
        this.subjectId = subject.getId();
        this.assessedOn = assessedOn;
        this.assessor = assessor;
        this.instrument = instrument;
        this.riskLevel = riskLevel;
        this.conclusion = conclusion;
        this.recommendation = recommendation;
    }

    public UUID getSubjectId() { return subjectId; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public String getAssessor() { return assessor; }
    public String getInstrument() { return instrument; }
    public PsychRiskLevel getRiskLevel() { return riskLevel; }
    public String getConclusion() { return conclusion; }
    public String getRecommendation() { return recommendation; }
}
