package cn.sifa.core.division;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A GB/T 2260 administrative division. Public reference data, seeded by migration. */
@Entity
@Immutable
@Table(name = "core_division")
public class Division {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "parent_code")
    private String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DivisionLevel level;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    protected Division() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getParentCode() {
        return parentCode;
    }

    public DivisionLevel getLevel() {
        return level;
    }

    public String getFullName() {
        return fullName;
    }
}
