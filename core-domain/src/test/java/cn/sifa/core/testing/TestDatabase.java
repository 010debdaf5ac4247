package cn.sifa.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The one PostgreSQL fixture of every test JVM: Testcontainers when a Docker engine answers, else the server in
 * {@code SIFA_TEST_DB_URL} (a fresh database is created on it per JVM when the role may), else embedded
 * PostgreSQL. {@code SIFA_TEST_DB=testcontainers|url|embedded} forces a branch and fails loudly if it cannot.
 */
public final class TestDatabase {

    public record Connection3(String url, String username, String password, String source) {
    }

    private static Connection3 instance;

    private TestDatabase() {
    }

    /**
     * A JdbcTemplate on the schema owner's login, for a test's DDL (tables, triggers): the application itself
     * connects as {@code sifa_app}, which may not create or alter anything (row-level security, issue 16).
     */
    public static org.springframework.jdbc.core.JdbcTemplate ownerJdbc() {
        Connection3 db = get();
        return new org.springframework.jdbc.core.JdbcTemplate(
                new org.springframework.jdbc.datasource.DriverManagerDataSource(db.url(), db.username(), db.password()));
    }

    public static synchronized Connection3 get() {
        if (instance == null) {
            instance = start();
            System.out.println("[sifa-test] PostgreSQL from " + instance.source() + ": " + instance.url());
        }
        return instance;
    }

    private static Connection3 start() {
        String forced = System.getenv("SIFA_TEST_DB");
        String url = System.getenv("SIFA_TEST_DB_URL");
        if ("testcontainers".equals(forced) || (forced == null && dockerAvailable())) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return new Connection3(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers");
        }
        if ("url".equals(forced) || (forced == null && url != null && !url.isBlank())) {
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("SIFA_TEST_DB=url but SIFA_TEST_DB_URL is not set");
            }
            return freshDatabaseOn(url, env("SIFA_TEST_DB_USER", "postgres"), env("SIFA_TEST_DB_PASSWORD", ""));
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // JVM shutdown
                }
            }));
            return new Connection3(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /** A database of its own for this JVM, so modules never see each other's rows; the given one if CREATE DATABASE is refused. */
    private static Connection3 freshDatabaseOn(String url, String user, String password) {
        String name = "sifa_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            return new Connection3(url, user, password, "SIFA_TEST_DB_URL");
        }
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String params = q < 0 ? "" : url.substring(q);
        String freshUrl = base.substring(0, base.lastIndexOf('/') + 1) + name + params;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException ignored) {
                // best effort
            }
        }));
        return new Connection3(freshUrl, user, password, "SIFA_TEST_DB_URL (database " + name + ")");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
