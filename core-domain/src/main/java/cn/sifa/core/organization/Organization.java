package cn.sifa.core.organization;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.sifa.core.caseno.CaseNumberPattern;
import cn.sifa.core.scope.DivisionScopedEntity;

/** A bureau (司法局) or one of its units, in exactly one division. */
@Entity
@Table(name = "core_organization")
public class Organization extends DivisionScopedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrganizationType type;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "case_no_pattern", nullable = false)
    private String caseNoPattern = CaseNumberPattern.DEFAULT;

    @Column(name = "head_name")
    private String headName;

    private String phone;

    private String address;

    @Column(nullable = false)
    private boolean active = true;

    protected Organization() {
    }

    public Organization(String divisionCode, OrganizationType type, String name, String shortName) {
        super(divisionCode);
        this.type = type;
        this.name = name;
        this.shortName = shortName;
    }

    /** Everything but the division and type, which define what the organization is and never change. */
    public void describe(String name, String shortName, UUID parentId, String caseNoPattern, String headName,
                         String phone, String address, boolean active) {
        this.name = name;
        this.shortName = shortName;
        this.parentId = parentId;
        this.caseNoPattern = caseNoPattern == null || caseNoPattern.isBlank() ? CaseNumberPattern.DEFAULT : caseNoPattern;
        this.headName = headName;
        this.phone = phone;
        this.address = address;
        this.active = active;
    }

    public OrganizationRef ref() {
        return new OrganizationRef(getId(), name, shortName, type, getDivisionCode());
    }

    public OrganizationType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public UUID getParentId() {
        return parentId;
    }

    public String getCaseNoPattern() {
        return caseNoPattern;
    }

    public String getHeadName() {
        return headName;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public boolean isActive() {
        return active;
    }
}
