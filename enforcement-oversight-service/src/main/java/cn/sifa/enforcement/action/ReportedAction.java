package cn.sifa.enforcement.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.sifa.core.scope.DivisionScopedEntity;

/**
 * One reported enforcement action (执法行为数据报送), as the lists, the detail and the export read it. The rows are
 * written by {@link ActionIngest} only (COPY and one upsert per batch: the ingest is benchmarked and never loads
 * entities), so the entity is immutable for JPA. {@code publicationDueOn} is the 公示 deadline computed at ingest from
 * the rules ENF_PUBLICATION_* and recomputed by {@link PublicationDueRecalculation} in the same transaction as a
 * published or corrected holiday year.
 */
@Entity
@Immutable
@Table(name = "enf_action")
public class ReportedAction extends DivisionScopedEntity {

    private UUID agencyId;
    private String externalRef;
    @Enumerated(EnumType.STRING)
    private EnforcementActType actType;
    private LocalDate decidedOn;
    private String partyName;
    private String partyCreditCode;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "penalty_kinds", columnDefinition = "varchar(32)[]")
    private String[] penaltyKinds = new String[0];
    private BigDecimal amount;
    private boolean major;
    private LocalDate legalReviewedOn;
    private LocalDate publicizedOn;
    private boolean recordedAudioVisual;
    private LocalDate publicationDueOn;
    private boolean publicationDueProvisional;

    protected ReportedAction() {
    }

    /**
     * Whether the action was made public by its due date; null while it is not public and not yet due. Judged against
     * the stored due date, so a recomputed due date is judged again at once.
     */
    public Boolean publishedOnTime(LocalDate today) {
        if (publicizedOn != null) {
            return !publicizedOn.isAfter(publicationDueOn);
        }
        return publicationDueOn.isBefore(today) ? Boolean.FALSE : null;
    }

    public List<PenaltyKind> penaltyKindList() {
        return penaltyKinds == null ? List.of() : Arrays.stream(penaltyKinds).map(PenaltyKind::valueOf).toList();
    }

    public UUID getAgencyId() {
        return agencyId;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public EnforcementActType getActType() {
        return actType;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getPartyName() {
        return partyName;
    }

    public String getPartyCreditCode() {
        return partyCreditCode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public boolean isMajor() {
        return major;
    }

    public LocalDate getLegalReviewedOn() {
        return legalReviewedOn;
    }

    public LocalDate getPublicizedOn() {
        return publicizedOn;
    }

    public boolean isRecordedAudioVisual() {
        return recordedAudioVisual;
    }

    public LocalDate getPublicationDueOn() {
        return publicationDueOn;
    }

    public boolean isPublicationDueProvisional() {
        return publicationDueProvisional;
    }
}
