package cn.sifa.core.history;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: when, and who (the caller's subject), for every audited case entity. */
@Entity
@Table(name = "core_revision")
@RevisionEntity(SifaRevisionListener.class)
public class SifaRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;

    @Column(name = "revised_by", nullable = false)
    private String revisedBy;

    public long getId() {
        return id;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    public String getRevisedBy() {
        return revisedBy;
    }

    void setRevisedBy(String revisedBy) {
        this.revisedBy = revisedBy;
    }
}
