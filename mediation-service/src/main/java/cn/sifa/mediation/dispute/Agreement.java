package cn.sifa.mediation.dispute;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The mediation agreement (Arts 28–30). A written one takes effect on the date of the last signature, seal or
 * fingerprint; an oral one when it is reached.
 */
@Embeddable
public class Agreement {

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_form")
    private AgreementForm form;

    @Column(name = "agreement_terms")
    private String terms;

    /** 争取赔(补)偿金额: what the parties agreed to pay, in yuan. */
    @Column(name = "agreement_amount")
    private BigDecimal amount;

    @Column(name = "agreement_effective_on")
    private LocalDate effectiveOn;

    @Column(name = "agreement_perform_by")
    private LocalDate performBy;

    protected Agreement() {
    }

    public Agreement(AgreementForm form, String terms, BigDecimal amount, LocalDate effectiveOn, LocalDate performBy) {
        this.form = form;
        this.terms = terms;
        this.amount = amount;
        this.effectiveOn = effectiveOn;
        this.performBy = performBy;
    }

    public AgreementForm getForm() {
        return form;
    }

    public String getTerms() {
        return terms;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public LocalDate getPerformBy() {
        return performBy;
    }
}
