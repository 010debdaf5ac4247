package cn.sifa.mediation.studio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import cn.sifa.core.scope.DivisionScopedEntity;

/** A 品牌调解室 of a committee or a mediator's personal 调解工作室 (e.g. 五云110调解工作室, 文叔调解工作室). */
@Entity
@Table(name = "med_studio")
public class Studio extends DivisionScopedEntity {

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StudioKind kind;

    private UUID committeeId;
    private UUID leadMediatorId;
    private LocalDate establishedOn;
    private String description;

    @ElementCollection
    @CollectionTable(name = "med_studio_honour", joinColumns = @JoinColumn(name = "studio_id"))
    @OrderColumn(name = "sort_order")
    private List<Honour> honours = new ArrayList<>();

    protected Studio() {
    }

    public Studio(String divisionCode, String name, StudioKind kind, UUID committeeId, UUID leadMediatorId,
                  LocalDate establishedOn, String description) {
        super(divisionCode);
        this.name = name;
        this.kind = kind;
        this.committeeId = committeeId;
        this.leadMediatorId = leadMediatorId;
        this.establishedOn = establishedOn;
        this.description = description;
    }

    public void award(Honour honour) {
        honours.add(honour);
    }

    public String getName() {
        return name;
    }

    public StudioKind getKind() {
        return kind;
    }

    public UUID getCommitteeId() {
        return committeeId;
    }

    public UUID getLeadMediatorId() {
        return leadMediatorId;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public String getDescription() {
        return description;
    }

    public List<Honour> getHonours() {
        return List.copyOf(honours);
    }
}
