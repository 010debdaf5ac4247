package cn.sifa.mediation.dispute;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The parties' joint application to the court (人民调解法 Art 33) and the court's ruling. */
@Embeddable
public class JudicialConfirmation {

    @Column(name = "jc_applied_on")
    private LocalDate appliedOn;

    /** The court's registration (立案) of the application: its 30 days count from here (民诉法 Art 187). */
    @Column(name = "jc_registered_on")
    private LocalDate registeredOn;

    @Column(name = "jc_court")
    private String court;

    @Enumerated(EnumType.STRING)
    @Column(name = "jc_result")
    private ConfirmationResult result;

    @Column(name = "jc_decided_on")
    private LocalDate decidedOn;

    protected JudicialConfirmation() {
    }

    JudicialConfirmation(LocalDate appliedOn, LocalDate registeredOn, String court) {
        this.appliedOn = appliedOn;
        this.registeredOn = registeredOn;
        this.court = court;
    }

    void decide(ConfirmationResult result, LocalDate decidedOn) {
        this.result = result;
        this.decidedOn = decidedOn;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public String getCourt() {
        return court;
    }

    public ConfirmationResult getResult() {
        return result;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public boolean isDecided() {
        return result != null;
    }
}
