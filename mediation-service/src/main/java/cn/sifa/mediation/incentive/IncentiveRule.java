package cn.sifa.mediation.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.sifa.core.scope.DivisionScopedEntity;
import cn.sifa.mediation.dispute.Difficulty;
import cn.sifa.mediation.dispute.DisputeType;

/**
 * A subsidy (误工补贴, Art 16) and credit-point rule of a division: what one case or screening of a kind earns.
 * A null dispute type or difficulty matches any; the most specific rule in force on the case's date applies.
 */
@Entity
@Table(name = "med_incentive_rule")
public class IncentiveRule extends DivisionScopedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncentiveKind kind;

    @Enumerated(EnumType.STRING)
    private DisputeType disputeType;

    @Enumerated(EnumType.STRING)
    private Difficulty difficulty;

    @Column(nullable = false)
    private BigDecimal subsidyAmount;

    @Column(nullable = false)
    private int creditPoints;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;
    private String note;

    protected IncentiveRule() {
    }

    public IncentiveRule(String divisionCode, IncentiveKind kind, DisputeType disputeType, Difficulty difficulty,
                         BigDecimal subsidyAmount, int creditPoints, LocalDate validFrom, LocalDate validTo, String note) {
        super(divisionCode);
        this.kind = kind;
        update(disputeType, difficulty, subsidyAmount, creditPoints, validFrom, validTo, note);
    }

    public void update(DisputeType disputeType, Difficulty difficulty, BigDecimal subsidyAmount, int creditPoints,
                       LocalDate validFrom, LocalDate validTo, String note) {
        this.disputeType = disputeType;
        this.difficulty = difficulty;
        this.subsidyAmount = subsidyAmount;
        this.creditPoints = creditPoints;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.note = note;
    }

    public IncentiveKind getKind() {
        return kind;
    }

    public DisputeType getDisputeType() {
        return disputeType;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public BigDecimal getSubsidyAmount() {
        return subsidyAmount;
    }

    public int getCreditPoints() {
        return creditPoints;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getNote() {
        return note;
    }
}
