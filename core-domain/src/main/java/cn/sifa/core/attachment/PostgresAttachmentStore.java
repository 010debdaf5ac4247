package cn.sifa.core.attachment;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The default store ({@code sifa.attachments.store=postgres}): content as {@code bytea}, in the same transaction as
 * the metadata. Another store sets the property to its own name and registers its bean.
 */
@Component
@ConditionalOnProperty(name = "sifa.attachments.store", havingValue = "postgres", matchIfMissing = true)
class PostgresAttachmentStore implements AttachmentStore {

    private final JdbcTemplate jdbc;

    PostgresAttachmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(UUID id, byte[] content) {
        jdbc.update("INSERT INTO core_attachment_content (attachment_id, content) VALUES (?, ?)", id, content);
    }

    @Override
    public Optional<InputStream> get(UUID id) {
        return jdbc.query("SELECT content FROM core_attachment_content WHERE attachment_id = ?",
                (rs, i) -> rs.getBytes(1), id).stream().findFirst().map(ByteArrayInputStream::new);
    }

    @Override
    public void delete(UUID id) {
        jdbc.update("DELETE FROM core_attachment_content WHERE attachment_id = ?", id);
    }
}
