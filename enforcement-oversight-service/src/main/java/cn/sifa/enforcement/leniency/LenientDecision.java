package cn.sifa.enforcement.leniency;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.scope.DivisionScopedEntity;

/**
 * A decision not to punish under 行政处罚法 Art 33: first offence (may), minor without harm (shall), no fault
 * (shall). In every case the party is educated, so the record requires it.
 */
@Entity
@Table(name = "enf_lenient_decision")
@Audited
public class LenientDecision extends DivisionScopedEntity {

    private UUID agencyId;
    private UUID leniencyItemId;
    @Enumerated(EnumType.STRING)
    private LenientKind kind;
    private String partyName;
    private String partyCreditCode;
    private String violation;
    private LocalDate decidedOn;
    private LocalDate correctedOn;
    private boolean educationGiven;
    private String educationMethod;

    protected LenientDecision() {
    }

    LenientDecision(String divisionCode, UUID agencyId, UUID leniencyItemId, LenientKind kind, String partyName,
                    String partyCreditCode, String violation, LocalDate decidedOn, LocalDate correctedOn, String educationMethod) {
        super(divisionCode);
        this.agencyId = agencyId;
        this.leniencyItemId = leniencyItemId;
        this.kind = kind;
        this.partyName = partyName;
        this.partyCreditCode = partyCreditCode;
        this.violation = violation;
        this.decidedOn = decidedOn;
        this.correctedOn = correctedOn;
        this.educationGiven = true;
        this.educationMethod = educationMethod;
    }

    public UUID getAgencyId() {
        return agencyId;
    }

    public UUID getLeniencyItemId() {
        return leniencyItemId;
    }

    public LenientKind getKind() {
        return kind;
    }

    public String getPartyName() {
        return partyName;
    }

    public String getPartyCreditCode() {
        return partyCreditCode;
    }

    public String getViolation() {
        return violation;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getCorrectedOn() {
        return correctedOn;
    }

    public boolean isEducationGiven() {
        return educationGiven;
    }

    public String getEducationMethod() {
        return educationMethod;
    }
}
