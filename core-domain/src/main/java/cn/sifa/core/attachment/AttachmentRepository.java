package cn.sifa.core.attachment;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, UUID> {

    List<Attachment> findByRecordIdOrderByUploadedAtAscIdAsc(UUID recordId);

    List<Attachment> findByRecordIdAndRecordTypeOrderByUploadedAtAscIdAsc(UUID recordId, String recordType);
}
