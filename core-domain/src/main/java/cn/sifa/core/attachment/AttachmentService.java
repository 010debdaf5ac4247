package cn.sifa.core.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import cn.sifa.core.audit.AuditLog;
import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.Permissions;
import cn.sifa.core.security.SifaPrincipal;

/** Upload (size limit, type allow-list, content check, SHA-256) and download of attachments. */
@Service
@Transactional(readOnly = true)
public class AttachmentService {

    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final DivisionScope scope;
    private final AuditLog audit;
    private final long maxBytes;

    AttachmentService(AttachmentRepository attachments, AttachmentStore store, DivisionScope scope, AuditLog audit,
                      @Value("${sifa.attachments.max-size:20MB}") DataSize maxSize) {
        this.attachments = attachments;
        this.store = store;
        this.scope = scope;
        this.audit = audit;
        this.maxBytes = maxSize.toBytes();
    }

    /** An open download: the metadata and the content stream (closed by the caller). */
    public record Download(Attachment attachment, InputStream content) {
    }

    @Transactional
    public Attachment upload(MultipartFile file, String recordType, UUID recordId, String divisionCode) {
        SifaPrincipal caller = Permissions.requireSomeWriteScope("上传附件");
        ValidationException.Collector errors = new ValidationException.Collector();
        if (recordType == null || !recordType.matches("[a-z][a-z0-9-]{0,49}")) {
            errors.add("recordType", "pattern", "记录类型应为小写英文与连字符,如 mediation-case");
        }
        if (recordId == null) {
            errors.add("recordId", "required", "记录 ID 不能为空");
        }
        if (file == null || file.isEmpty()) {
            errors.add("file", "required", "请选择要上传的文件");
        }
        errors.throwIfAny();
        if (file.getSize() > maxBytes) {
            throw new AttachmentTooLargeException(maxBytes);
        }
        String filename = cleanFilename(file.getOriginalFilename());
        AttachmentType type = declaredType(file.getContentType(), filename);
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("读取上传文件失败", e);
        }
        if (content.length > maxBytes) {
            throw new AttachmentTooLargeException(maxBytes);
        }
        if (!ContentSignatures.matches(type, content)) {
            throw new ContentTypeMismatchException(type);
        }
        String division = scope.divisionForCreate(divisionCode);
        Attachment attachment = new Attachment(division, recordType, recordId, filename, type, content.length,
                sha256(content), caller.displayName() == null ? caller.subject() : caller.displayName(), Instant.now());
        attachments.saveAndFlush(attachment);
        store.put(attachment.getId(), content);
        return attachment;
    }

    public List<Attachment> list(UUID recordId, String recordType) {
        return recordType == null || recordType.isBlank()
                ? attachments.findByRecordIdOrderByUploadedAtAscIdAsc(recordId)
                : attachments.findByRecordIdAndRecordTypeOrderByUploadedAtAscIdAsc(recordId, recordType);
    }

    public Attachment get(UUID id) {
        return attachments.findById(id).orElseThrow(() -> new NotFoundException("附件", id));
    }

    /** Downloads are sensitive reads (case files hold ID numbers, medical and criminal records): each is logged. */
    public Download download(UUID id) {
        Attachment attachment = get(id);
        InputStream content = store.get(id).orElseThrow(() -> new NotFoundException("附件内容", id));
        audit.record("attachment.download", attachment.getRecordType(), attachment.getRecordId().toString(),
                attachment.getDivisionCode(), attachment.getFilename() + " (" + id + ")");
        return new Download(attachment, content);
    }

    private static AttachmentType declaredType(String contentType, String filename) {
        boolean undeclared = contentType == null || contentType.isBlank()
                || contentType.toLowerCase().startsWith("application/octet-stream");
        return (undeclared ? AttachmentType.ofFilename(filename) : AttachmentType.ofMediaType(contentType))
                .orElseThrow(() -> ValidationException.of("file", "unsupported-type",
                        "不支持的文件类型" + (undeclared ? "" : " " + contentType) + ",仅支持 PDF、JPEG、PNG、Word、Excel 和文本文件"));
    }

    /** Browsers may send a full client path ({@code C:\fakepath\x.pdf}); keep the last part, without control characters. */
    static String cleanFilename(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "附件";
        }
        if (name.length() > 255) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 255 - ext.length()) + ext;
        }
        return name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
