package cn.sifa.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.RequestDispatcher;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A database that cannot be reached answers 503 {@code service-unavailable} with Retry-After (issue 16: writes during
 * a PostgreSQL restart fail cleanly), in controllers and in filters; a bad statement or a conflict stays what it was.
 */
class DatabaseUnavailableTest {

    /** What HikariCP throws when no connection came within its timeout (the server is down). */
    static SQLTransientConnectionException poolTimeout() {
        return new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms",
                "08001", new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
    }

    /** What a connection cut by {@code pg_ctl stop -m fast} reports. */
    static SQLException adminShutdown() {
        return new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    }

    final ProblemTranslator translator = new ProblemTranslator();

    @Test
    void connectionFailuresAreRecognisedAlongTheCauseChain() {
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("no tx", poolTimeout()))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("no connection", poolTimeout()))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new DataAccessResourceFailureException("gone"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new PersistenceException(new JDBCConnectionException("cut", adminShutdown())))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(new RuntimeException(adminShutdown())))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
        // PostgreSQL stopped under a running transaction: the rollback fails on the closed connection and replaces the
        // original failure (found by PostgresRestartTest: answered 500 before).
        assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
        RuntimeException withSuppressed = new IllegalStateException("rollback failed");
        withSuppressed.addSuppressed(adminShutdown());
        assertThat(DatabaseUnavailable.causedBy(withSuppressed)).isTrue();

        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("dup", new SQLException("dup", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new BadSqlGrammarException("q", "select", new SQLException("syntax", "42601")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("query canceled", "57014"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aControllerThatCannotReachTheDatabaseAnswers503WithRetryAfter() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/mediation/v1/cases");

        assertUnavailable(translator.databaseUnavailable(new CannotCreateTransactionException("Could not open JPA EntityManager",
                poolTimeout()), request), "/api/mediation/v1/cases");
        // Wrapped in something the translator has no handler of its own for: found along the cause chain.
        assertUnavailable(translator.unexpected(new JpaSystemException(new RuntimeException(adminShutdown())), request),
                "/api/mediation/v1/cases");
        // Anything else stays a 500.
        assertThat(translator.unexpected(new IllegalStateException("bug"), request).getStatusCode().value()).isEqualTo(500);
    }

    @Test
    void aFilterThatCannotReachTheDatabaseAnswers503TooNot500() {
        MockHttpServletRequest error = new MockHttpServletRequest("POST", "/error");
        error.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/core/v1/attachments");
        error.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimeout()));

        assertUnavailable(new ProblemErrorController().error(error), "/api/core/v1/attachments");

        MockHttpServletRequest other = new MockHttpServletRequest("POST", "/error");
        other.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        other.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("bug"));
        assertThat(new ProblemErrorController().error(other).getStatusCode().value()).isEqualTo(500);
    }

    private static void assertUnavailable(ResponseEntity<ProblemDetail> answer, String instance) {
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo(DatabaseUnavailable.RETRY_AFTER);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        ProblemDetail problem = answer.getBody();
        assertThat(problem).isNotNull();
        assertThat(problem.getType()).hasToString("https://sifa.cn/problems/service-unavailable");
        assertThat(problem.getTitle()).isEqualTo("服务暂不可用");
        assertThat(problem.getDetail()).doesNotContain("SQL", "Hikari", "127.0.0.1", "Exception");
        assertThat(problem.getInstance()).hasToString(instance);
    }
}
