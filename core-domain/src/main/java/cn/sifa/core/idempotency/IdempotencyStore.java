package cn.sifa.core.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code core_idempotency_key}, used outside any transaction (each statement commits at once): the claim must be
 * visible to a concurrent duplicate immediately, and the stored answer must survive whatever the request did.
 */
@Component
class IdempotencyStore {

    /** A claim older than this without an answer belongs to a request that died (crash, kill): it may be retaken. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    enum Outcome { CLAIMED, REPLAY, IN_FLIGHT, REUSED }

    record StoredAnswer(int status, String location, String etag, String contentType, byte[] body) {
    }

    record Claim(Outcome outcome, StoredAnswer answer) {
    }

    private final JdbcTemplate jdbc;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Claim claim(String caller, String key, String requestHash, String method, String path, Duration retention) {
        Instant now = Instant.now();
        jdbc.update("DELETE FROM core_idempotency_key WHERE created_at < ?", Timestamp.from(now.minus(retention)));
        jdbc.update("DELETE FROM core_idempotency_key WHERE caller = ? AND idempotency_key = ? AND status = 'IN_FLIGHT' AND created_at < ?",
                caller, key, Timestamp.from(now.minus(ABANDONED_AFTER)));
        int inserted = jdbc.update("""
                        INSERT INTO core_idempotency_key (caller, idempotency_key, request_hash, method, path, status, created_at)
                        VALUES (?, ?, ?, ?, ?, 'IN_FLIGHT', now())
                        ON CONFLICT (caller, idempotency_key) DO NOTHING""",
                caller, key, requestHash, method, path.length() > 500 ? path.substring(0, 500) : path);
        if (inserted == 1) {
            return new Claim(Outcome.CLAIMED, null);
        }
        List<Claim> existing = jdbc.query("""
                        SELECT request_hash, status, response_status, response_location, response_etag, response_content_type,
                               response_body
                        FROM core_idempotency_key WHERE caller = ? AND idempotency_key = ?""",
                (rs, i) -> {
                    if (!rs.getString(1).equals(requestHash)) {
                        return new Claim(Outcome.REUSED, null);
                    }
                    if ("IN_FLIGHT".equals(rs.getString(2))) {
                        return new Claim(Outcome.IN_FLIGHT, null);
                    }
                    return new Claim(Outcome.REPLAY, new StoredAnswer(rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getBytes(7)));
                }, caller, key);
        // Gone between the insert and the select (purged by a concurrent claim): try once more.
        return existing.isEmpty() ? claim(caller, key, requestHash, method, path, retention) : existing.get(0);
    }

    void complete(String caller, String key, StoredAnswer answer) {
        jdbc.update("""
                        UPDATE core_idempotency_key SET status = 'COMPLETED', response_status = ?, response_location = ?,
                               response_etag = ?, response_content_type = ?, response_body = ?, completed_at = now()
                        WHERE caller = ? AND idempotency_key = ?""",
                answer.status(), answer.location(), answer.etag(), answer.contentType(), answer.body(), caller, key);
    }

    /** The request produced no answer worth replaying (5xx, exception): the key may be used again. */
    void release(String caller, String key) {
        jdbc.update("DELETE FROM core_idempotency_key WHERE caller = ? AND idempotency_key = ? AND status = 'IN_FLIGHT'",
                caller, key);
    }
}
