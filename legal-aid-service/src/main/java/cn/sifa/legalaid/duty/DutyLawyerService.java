package cn.sifa.legalaid.duty;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.scope.DivisionScopedEntity;

/**
 * 值班律师法律帮助: one service given at a post (court, procuratorate, detention house) on a day, with the
 * plea-leniency participation (认罪认罚, and whether the lawyer witnessed the signing of the 具结书) and the persons helped.
 */
@Entity
@Table(name = "la_duty_lawyer_service")
@Audited
public class DutyLawyerService extends DivisionScopedEntity {

    @Enumerated(EnumType.STRING)
    private DutyPostKind postKind;
    private String postName;
    private UUID providerId;
    private LocalDate servedOn;
    @Enumerated(EnumType.STRING)
    private DutyServiceKind serviceKind;
    private boolean pleaLeniency;
    private boolean pleaSigningWitnessed;
    private int personsHelped;
    private String note;

    protected DutyLawyerService() {
    }

    DutyLawyerService(String divisionCode, DutyPostKind postKind, String postName, UUID providerId, LocalDate servedOn,
                      DutyServiceKind serviceKind, boolean pleaLeniency, boolean pleaSigningWitnessed, int personsHelped, String note) {
        super(divisionCode);
        this.postKind = postKind;
        this.postName = postName;
        this.providerId = providerId;
        this.servedOn = servedOn;
        this.serviceKind = serviceKind;
        this.pleaLeniency = pleaLeniency;
        this.pleaSigningWitnessed = pleaSigningWitnessed;
        this.personsHelped = personsHelped;
        this.note = note;
    }

    public DutyPostKind getPostKind() {
        return postKind;
    }

    public String getPostName() {
        return postName;
    }

    public UUID getProviderId() {
        return providerId;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public DutyServiceKind getServiceKind() {
        return serviceKind;
    }

    public boolean isPleaLeniency() {
        return pleaLeniency;
    }

    public boolean isPleaSigningWitnessed() {
        return pleaSigningWitnessed;
    }

    public int getPersonsHelped() {
        return personsHelped;
    }

    public String getNote() {
        return note;
    }
}
