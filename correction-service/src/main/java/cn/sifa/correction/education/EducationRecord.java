package cn.sifa.correction.education;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.scope.DivisionScopedEntity;
import cn.sifa.correction.subject.Subject;

/** One session of education (教育学习) or community service (公益活动) with its hours; the statistics sum the hours. */
@Entity
@Audited
@Table(name = "cr_education_record")
public class EducationRecord extends DivisionScopedEntity {

    private UUID subjectId;
    @Enumerated(EnumType.STRING)
    private ActivityKind kind;
    @Enumerated(EnumType.STRING)
    private EducationType activityType;
    private String topic;
    private String place;
    private LocalDate heldOn;
    private BigDecimal hours;

    protected EducationRecord() {
    }

    EducationRecord(Subject subject, ActivityKind kind, EducationType activityType, String topic, String place, LocalDate heldOn,
                    BigDecimal hours) {
        super(subject.getDivisionCode());
        this.subjectId = subject.getId();
        this.kind = kind;
        this.activityType = activityType;
        this.topic = topic;
        this.place = place;
        this.heldOn = heldOn;
        this.hours = hours;
    }

    public UUID getSubjectId() { return subjectId; }
    public ActivityKind getKind() { return kind; }
    public EducationType getActivityType() { return activityType; }
    public String getTopic() { return topic; }
    public String getPlace() { return place; }
    public LocalDate getHeldOn() { return heldOn; }
    public BigDecimal getHours() { return hours; }
}
