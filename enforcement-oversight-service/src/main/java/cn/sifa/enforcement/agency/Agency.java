package cn.sifa.enforcement.agency;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import cn.sifa.core.scope.DivisionScopedEntity;
import cn.sifa.enforcement.action.EnforcementActType;

/** 执法主体: an authorised body, or an organisation entrusted by one, with the categories of its 权责清单. */
@Entity
@Table(name = "enf_agency")
@Audited
public class Agency extends DivisionScopedEntity {

    private String name;
    private String shortName;
    private String creditCode;
    @Enumerated(EnumType.STRING)
    private AgencyKind kind;
    private String entrustedBy;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "power_categories", columnDefinition = "varchar(16)[]")
    private String[] powerCategories = new String[0];
    private boolean active = true;

    protected Agency() {
    }

    public Agency(String divisionCode, String name) {
        super(divisionCode);
        this.name = name;
    }

    void update(String name, String shortName, String creditCode, AgencyKind kind, String entrustedBy,
                List<EnforcementActType> categories, boolean active) {
        this.name = name;
        this.shortName = shortName;
        this.creditCode = creditCode;
        this.kind = kind;
        this.entrustedBy = kind == AgencyKind.ENTRUSTED ? entrustedBy : null;
        this.powerCategories = categories.stream().distinct().map(Enum::name).toArray(String[]::new);
        this.active = active;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public String getEntrustedBy() {
        return entrustedBy;
    }

    public List<EnforcementActType> getPowerCategories() {
        return Arrays.stream(powerCategories).map(EnforcementActType::valueOf).toList();
    }

    public boolean isActive() {
        return active;
    }
}
