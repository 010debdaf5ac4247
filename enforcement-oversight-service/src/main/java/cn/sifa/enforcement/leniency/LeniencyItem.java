package cn.sifa.enforcement.leniency;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.scope.DivisionScopedEntity;

/** An item of a 免罚轻罚清单: the matter, its legal basis and the conditions under which it applies. */
@Entity
@Table(name = "enf_leniency_item")
@Audited
public class LeniencyItem extends DivisionScopedEntity {

    private UUID agencyId;
    @Enumerated(EnumType.STRING)
    private LeniencyListKind listKind;
    private String matter;
    private String legalBasis;
    private String conditions;
    private LocalDate publishedOn;

    protected LeniencyItem() {
    }

    LeniencyItem(String divisionCode, UUID agencyId, LeniencyListKind listKind, String matter, String legalBasis,
                 String conditions, LocalDate publishedOn) {
        super(divisionCode);
        this.agencyId = agencyId;
        this.listKind = listKind;
        this.matter = matter;
        this.legalBasis = legalBasis;
        this.conditions = conditions;
        this.publishedOn = publishedOn;
    }

    public UUID getAgencyId() {
        return agencyId;
    }

    public LeniencyListKind getListKind() {
        return listKind;
    }

    public String getMatter() {
        return matter;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getConditions() {
        return conditions;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }
}
