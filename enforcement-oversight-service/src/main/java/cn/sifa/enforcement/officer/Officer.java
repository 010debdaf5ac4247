package cn.sifa.enforcement.officer;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.scope.DivisionScopedEntity;

/** 执法人员: holds an enforcement certificate valid until a date; a legal reviewer must hold the 法律职业资格. */
@Entity
@Table(name = "enf_officer")
@Audited
public class Officer extends DivisionScopedEntity {

    /** A certificate this close to expiry shows as EXPIRING_SOON. */
    static final int EXPIRY_WARNING_DAYS = 30;

    private UUID agencyId;
    private String name;
    private String certificateNo;
    private LocalDate certificateValidUntil;
    @Enumerated(EnumType.STRING)
    private ExamResult examResult;
    private LocalDate examOn;
    private int trainingHours;
    private boolean legalQualification;
    private boolean active = true;

    protected Officer() {
    }

    public Officer(String divisionCode, UUID agencyId) {
        super(divisionCode);
        this.agencyId = agencyId;
    }

    void update(String name, String certificateNo, LocalDate validUntil, ExamResult examResult, LocalDate examOn,
                int trainingHours, boolean legalQualification, boolean active) {
        this.name = name;
        this.certificateNo = certificateNo;
        this.certificateValidUntil = validUntil;
        this.examResult = examResult;
        this.examOn = examOn;
        this.trainingHours = trainingHours;
        this.legalQualification = legalQualification;
        this.active = active;
    }

    public CertificateStatus certificateStatus(LocalDate today) {
        if (certificateValidUntil.isBefore(today)) {
            return CertificateStatus.EXPIRED;
        }
        return certificateValidUntil.isBefore(today.plusDays(EXPIRY_WARNING_DAYS)) ? CertificateStatus.EXPIRING_SOON
                : CertificateStatus.VALID;
    }

    public boolean certificateValidOn(LocalDate day) {
        return active && !certificateValidUntil.isBefore(day);
    }

    public UUID getAgencyId() {
        return agencyId;
    }

    public String getName() {
        return name;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public LocalDate getCertificateValidUntil() {
        return certificateValidUntil;
    }

    public ExamResult getExamResult() {
        return examResult;
    }

    public LocalDate getExamOn() {
        return examOn;
    }

    public int getTrainingHours() {
        return trainingHours;
    }

    public boolean hasLegalQualification() {
        return legalQualification;
    }

    public boolean isActive() {
        return active;
    }
}
