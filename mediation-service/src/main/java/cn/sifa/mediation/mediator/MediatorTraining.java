package cn.sifa.mediation.mediator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.sifa.core.scope.DivisionScopedEntity;

/** 调解员培训: a course a mediator attended (date, hours, subject, organizer, certificate). Recorded once, not edited. */
@Entity
@Table(name = "med_mediator_training")
public class MediatorTraining extends DivisionScopedEntity {

    @Column(nullable = false, updatable = false)
    private UUID mediatorId;

    @Column(nullable = false)
    private LocalDate trainedOn;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal hours;

    @Column(nullable = false)
    private String subject;

    private String organizer;
    private String certificateNo;

    protected MediatorTraining() {
    }

    MediatorTraining(Mediator mediator, LocalDate trainedOn, BigDecimal hours, String subject, String organizer, String certificateNo) {
        super(mediator.getDivisionCode());
        this.mediatorId = mediator.getId();
        this.trainedOn = trainedOn;
        this.hours = hours;
        this.subject = subject;
        this.organizer = organizer;
        this.certificateNo = certificateNo;
    }

    public UUID getMediatorId() {
        return mediatorId;
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getSubject() {
        return subject;
    }

    public String getOrganizer() {
        return organizer;
    }

    public String getCertificateNo() {
        return certificateNo;
    }
}
