package cn.sifa.core.attachment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.sifa.core.scope.DivisionScopedEntity;

/** An uploaded file's metadata; the content is in the {@link AttachmentStore}. Immutable once uploaded. */
@Entity
@Table(name = "core_attachment")
public class Attachment extends DivisionScopedEntity {

    @Column(name = "record_type", nullable = false, updatable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    private UUID recordId;

    @Column(nullable = false, updatable = false)
    private String filename;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(String divisionCode, String recordType, UUID recordId, String filename, AttachmentType type, long size,
               String sha256, String uploadedBy, Instant uploadedAt) {
        super(divisionCode);
        this.recordType = recordType;
        this.recordId = recordId;
        this.filename = filename;
        this.contentType = type.mediaType();
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public String getRecordType() {
        return recordType;
    }

    public UUID getRecordId() {
        return recordId;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
