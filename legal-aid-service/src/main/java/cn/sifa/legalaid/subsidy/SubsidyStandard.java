package cn.sifa.legalaid.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.jpa.AuditedEntity;
import cn.sifa.legalaid.aidcase.AidCategory;
import cn.sifa.legalaid.aidcase.AidForm;

/**
 * 办案补贴标准: the amount per case a province pays for an aid form, in one category or any (法律援助法第五十二条), or
 * the platform default ({@code provinceCode} null) that stands in until the province publishes its own. Not division
 * scoped: a row belongs to a province, and the service decides who sees and changes it. Retired, never deleted.
 */
@Entity
@Table(name = "la_subsidy_standard")
@Audited
public class SubsidyStandard extends AuditedEntity {

    private String provinceCode;
    @Enumerated(EnumType.STRING)
    private AidCategory category;
    @Enumerated(EnumType.STRING)
    private AidForm aidForm;
    private BigDecimal amount;
    private String label;
    private LocalDate retiredOn;

    protected SubsidyStandard() {
    }

    SubsidyStandard(String provinceCode, AidCategory category, AidForm aidForm, BigDecimal amount, String label) {
        this.provinceCode = provinceCode;
        edit(category, aidForm, amount, label);
    }

    /** 修改: everything but the province. Cases already closed keep the amount they were closed with. */
    void edit(AidCategory category, AidForm aidForm, BigDecimal amount, String label) {
        this.category = category;
        this.aidForm = aidForm;
        this.amount = amount;
        this.label = label;
    }

    /** 废止: from now on the next row in precedence applies. */
    void retire(LocalDate on) {
        this.retiredOn = on;
    }

    boolean isRetired() {
        return retiredOn != null;
    }

    Precedence precedence() {
        return Precedence.of(provinceCode, category);
    }

    /** Whether this standing row would pay a case of the province (null: none, only defaults) in the category and aid form. */
    boolean covers(String province, AidCategory c, AidForm form) {
        return !isRetired() && aidForm == form && (category == null || category == c)
                && (provinceCode == null || provinceCode.equals(province));
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public AidCategory getCategory() {
        return category;
    }

    public AidForm getAidForm() {
        return aidForm;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getLabel() {
        return label;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }
}
