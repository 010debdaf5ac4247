package cn.sifa.core.attachment;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Where attachment content lives. The default keeps it in PostgreSQL ({@code core_attachment_content}); an
 * S3-compatible store can implement this interface and replace the bean, the metadata staying in
 * {@code core_attachment}. Writes join the caller's transaction where the store can.
 */
public interface AttachmentStore {

    void put(UUID id, byte[] content);

    /** The content, or empty when the store has none for this id. The caller closes the stream. */
    Optional<InputStream> get(UUID id);

    void delete(UUID id);
}
