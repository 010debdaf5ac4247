package cn.sifa.core.deadline;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A statutory period as data: "{amount} {unit} from {anchorEvent}", citing {@code basis}. The national default
 * has no province; a province's override replaces it for records in that province. Services insert their
 * defaults by migration; admins maintain overrides.
 */
@Entity
@Table(name = "core_deadline_rule")
public class DeadlineRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(name = "province_code", length = 12)
    private String provinceCode;

    @Column(nullable = false)
    private int amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeadlineUnit unit;

    @Column(name = "anchor_event", nullable = false, length = 100)
    private String anchorEvent;

    /**
     * An expiry, not a procedural period: the anchor is the validity's first day and counts, and the last day is
     * the due date itself, never rolled over to a working day ({@link DeadlineCalculator#expiryOf}).
     */
    @Column(nullable = false)
    private boolean expiry;

    @Column(nullable = false, length = 300)
    private String basis;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected DeadlineRule() {
    }

    /** A province's override of {@code national}, with the values the admin gave. */
    static DeadlineRule overrideOf(DeadlineRule national, String provinceCode) {
        DeadlineRule rule = new DeadlineRule();
        rule.code = national.code;
        rule.provinceCode = provinceCode;
        rule.anchorEvent = national.anchorEvent;
        rule.label = national.label;
        rule.basis = national.basis;
        rule.amount = national.amount;
        rule.unit = national.unit;
        rule.expiry = national.expiry;
        return rule;
    }

    void change(int newAmount, DeadlineUnit newUnit, String newBasis, String newLabel, String newAnchorEvent,
                String by, Instant at) {
        if (newAmount <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        if (expiry && newUnit != DeadlineUnit.CALENDAR_DAY && newUnit != DeadlineUnit.MONTH) {
            throw cn.sifa.core.error.ValidationException.of("unit", "expiry-unit", "有效期届满规则只能按日或按月计算");
        }
        this.amount = newAmount;
        this.unit = newUnit;
        this.basis = newBasis;
        if (newLabel != null) {
            this.label = newLabel;
        }
        if (newAnchorEvent != null) {
            this.anchorEvent = newAnchorEvent;
        }
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public boolean isNationalDefault() {
        return provinceCode == null;
    }

    public int getAmount() {
        return amount;
    }

    public DeadlineUnit getUnit() {
        return unit;
    }

    public boolean isExpiry() {
        return expiry;
    }

    public String getAnchorEvent() {
        return anchorEvent;
    }

    public String getBasis() {
        return basis;
    }

    public String getLabel() {
        return label;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
