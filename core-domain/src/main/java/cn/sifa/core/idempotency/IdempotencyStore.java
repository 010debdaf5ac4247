package cn.sifa.core.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code core_idempotency_key}. {@link #claim} and the {@link #remember} of an answer run inside the request's own
 * transaction: the answer commits together with what the request wrote, or not at all, so a commit whose answer is
 * lost (the client timed out, the database went away during {@code COMMIT}) is replayed on retry and never run twice.
 * A request in flight is marked by a transaction-scoped advisory lock rather than a row, so a request that dies (a
 * killed JVM, a restarted database) frees its key at once instead of after a timeout.
 */
@Component
class IdempotencyStore {

    enum Outcome { CLAIMED, REPLAY, IN_FLIGHT, REUSED }

    record StoredAnswer(int status, String location, String etag, String contentType, byte[] body) {
    }

    record Claim(Outcome outcome, StoredAnswer answer) {
    }

    private final JdbcTemplate jdbc;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Outside the request's transaction: keys older than the retention period are forgotten. */
    void purgeExpired(Duration retention) {
        jdbc.update("DELETE FROM core_idempotency_key WHERE created_at < ?", Timestamp.from(Instant.now().minus(retention)));
    }

    /** Inside the request's transaction: the lock is held until it commits or rolls back. */
    Claim claim(String caller, String key, String requestHash) {
        Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0))", Boolean.class,
                caller + "\n" + key);
        if (!Boolean.TRUE.equals(locked)) {
            return new Claim(Outcome.IN_FLIGHT, null);
        }
        List<Claim> existing = jdbc.query("""
                        SELECT request_hash, status, response_status, response_location, response_etag, response_content_type,
                               response_body
                        FROM core_idempotency_key WHERE caller = ? AND idempotency_key = ?""",
                (rs, i) -> {
                    if (!"COMPLETED".equals(rs.getString(2))) {
                        // A claim row written before in-flight requests were marked by the lock: its request is gone.
                        return new Claim(Outcome.CLAIMED, null);
                    }
                    if (!rs.getString(1).equals(requestHash)) {
                        return new Claim(Outcome.REUSED, null);
                    }
                    return new Claim(Outcome.REPLAY, new StoredAnswer(rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getBytes(7)));
                }, caller, key);
        if (!existing.isEmpty() && existing.get(0).outcome() == Outcome.CLAIMED) {
            jdbc.update("DELETE FROM core_idempotency_key WHERE caller = ? AND idempotency_key = ?", caller, key);
        }
        return existing.isEmpty() ? new Claim(Outcome.CLAIMED, null) : existing.get(0);
    }

    /**
     * Stores the answer to replay. Called inside the request's transaction when it commits, or on its own after a
     * rollback (a 4xx that wrote nothing); a concurrent retry that got there first keeps its row.
     */
    void remember(String caller, String key, String requestHash, String method, String path, StoredAnswer answer) {
        jdbc.update("""
                        INSERT INTO core_idempotency_key (caller, idempotency_key, request_hash, method, path, status,
                               response_status, response_location, response_etag, response_content_type, response_body,
                               created_at, completed_at)
                        VALUES (?, ?, ?, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?, now(), now())
                        ON CONFLICT (caller, idempotency_key) DO NOTHING""",
                caller, key, requestHash, method, path.length() > 500 ? path.substring(0, 500) : path,
                answer.status(), answer.location(), answer.etag(), answer.contentType(), answer.body());
    }
}
