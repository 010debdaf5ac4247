package cn.sifa.core.error;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database cannot be reached (down, restarting, no connection within the pool's timeout): the request failed
 * through no fault of its own and may be retried. Answered 503 {@code service-unavailable} with {@code Retry-After},
 * never 500, whether the failure surfaced in a controller (Spring's translated exceptions, Hibernate's
 * {@code JDBCConnectionException}) or in a servlet filter (the Idempotency-Key store).
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before retrying. */
    public static final String RETRY_AFTER = "5";

    private DatabaseUnavailable() {
    }

    /**
     * Whether {@code failure}, one of its causes or an exception suppressed along the way says the database connection
     * failed (not a bad statement, not a conflict).
     */
    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean causedBy(Throwable t, java.util.Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                || t instanceof TransientDataAccessResourceException || t instanceof RecoverableDataAccessException
                || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException || t instanceof org.hibernate.exception.JDBCConnectionException
                // A rollback or commit that failed on the JDBC connection: the connection is gone. Seen when
                // PostgreSQL shuts down under a running transaction: the pool closes the broken connection, the
                // rollback fails on it ("Connection is closed") and replaces the original 57P01 failure.
                || t instanceof org.hibernate.TransactionException && t.getCause() instanceof SQLException) {
            return true;
        }
        if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (causedBy(suppressed, seen)) {
                return true;
            }
        }
        return causedBy(t.getCause(), seen);
    }

    /**
     * SQLSTATE class 08 (connection exception) and PostgreSQL's 57P01–57P03 (administrator shutdown, crash shutdown,
     * cannot connect now: the server is stopping or still starting).
     */
    static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    public static ProblemDetail problem(HttpServletRequest request) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, URI.create(SifaException.TYPE_BASE + "service-unavailable"),
                "服务暂不可用", "数据库暂时无法访问,请稍后重试", request);
    }

    public static ResponseEntity<ProblemDetail> response(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER)
                .contentType(Problems.PROBLEM_JSON).body(problem(request));
    }
}
