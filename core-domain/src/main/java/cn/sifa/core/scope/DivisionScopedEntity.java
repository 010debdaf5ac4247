package cn.sifa.core.scope;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

import cn.sifa.core.jpa.AuditedEntity;

/**
 * A record that belongs to a division. Hibernate's auto-enabled {@code divisionScope} filter limits every
 * query and collection of such an entity to the caller's division subtree, and {@link DivisionScopeLoadCheck}
 * does the same for every load by id (not the filter's {@code applyToLoadByKey}, which defeats Hibernate's cached
 * load plans), so a record outside the scope is simply not found (404). Writes go through loaded entities and so
 * cannot escape either; creation checks the requested division with {@link DivisionScope#divisionForCreate(String)}.
 */
@MappedSuperclass
@FilterDef(name = DivisionScopedEntity.FILTER,
        parameters = @ParamDef(name = "divisionPrefix", type = String.class, resolver = DivisionPrefixResolver.class),
        defaultCondition = "starts_with(division_code, :divisionPrefix)",
        autoEnabled = true)
@Filter(name = DivisionScopedEntity.FILTER)
public abstract class DivisionScopedEntity extends AuditedEntity {

    public static final String FILTER = "divisionScope";

    @Column(name = "division_code", nullable = false, length = 12)
    private String divisionCode;

    protected DivisionScopedEntity() {
    }

    protected DivisionScopedEntity(String divisionCode) {
        this.divisionCode = divisionCode;
    }

    public String getDivisionCode() {
        return divisionCode;
    }
}
