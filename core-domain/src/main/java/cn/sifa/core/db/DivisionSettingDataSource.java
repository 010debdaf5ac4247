package cn.sifa.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.sifa.core.scope.DivisionPrefixResolver;
import cn.sifa.core.security.CurrentCaller;

/**
 * The application's {@link DataSource}: every connection it hands out first gets the PostgreSQL setting
 * {@code sifa.division} of the current caller, which the row-level security policies read (V10_01): the caller's
 * division prefix, {@code *} for platform work ({@link CurrentCaller#runAsSystem}), empty (no rows) without a
 * caller. Setting it at hand-out covers every way in: JPA and JDBC transactions (a transaction holds the one
 * connection it took at its start), single statements outside one, streamed exports; and it overwrites whatever
 * the pooled connection carried from its previous user, so a value never passes from one caller to another.
 * A switch to platform work inside an open transaction re-applies the setting on that transaction's connection.
 */
public class DivisionSettingDataSource extends DelegatingDataSource {

    /** The setting the policies read. */
    public static final String SETTING = "sifa.division";
    /** The value of platform work: every division. */
    public static final String PLATFORM = "*";
    private static final String SET = "select set_config('" + SETTING + "', ?, false)";

    private static final ThreadLocal<Boolean> PLATFORM_WITHOUT_CALLER = ThreadLocal.withInitial(() -> false);

    static {
        CurrentCaller.onChange(DivisionSettingDataSource::reapplyOnBoundConnections);
    }

    public DivisionSettingDataSource(DataSource target) {
        super(target);
    }

    /**
     * Set while this thread works out its caller. Finding the caller may itself read the database (the staff
     * session is loaded from its JDBC store on first use of the security context); that inner connection gets ""
     * (no division rows: the session tables carry none), or {@link #PLATFORM} for platform work inside the lookup
     * (the session's account), instead of asking for the caller again, which would recurse and hold a pooled
     * connection per level until the pool ran dry.
     */
    private static final ThreadLocal<Boolean> RESOLVING = ThreadLocal.withInitial(() -> false);

    @Override
    public Connection getConnection() throws SQLException {
        String value = resolveValue();
        return withSetting(super.getConnection(), value);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        String value = resolveValue();
        return withSetting(super.getConnection(username, password), value);
    }

    /** {@link #currentValue()}, worked out before a pooled connection is taken, and "" when asked from within. */
    private static String resolveValue() {
        if (RESOLVING.get()) {
            // Platform work inside the lookup (the session's account read as the platform) still sees its rows.
            return CurrentCaller.isSystem() ? PLATFORM : "";
        }
        RESOLVING.set(true);
        try {
            return currentValue();
        } finally {
            RESOLVING.set(false);
        }
    }

    /** The value for the current thread: the caller's division prefix, {@link #PLATFORM}, or "" (no rows). */
    public static String currentValue() {
        String prefix = DivisionPrefixResolver.currentPrefix();
        if (prefix.isEmpty()) {
            return PLATFORM;
        }
        if (DivisionPrefixResolver.MATCHES_NOTHING.equals(prefix)) {
            return CurrentCaller.find().isEmpty() && PLATFORM_WITHOUT_CALLER.get() ? PLATFORM : "";
        }
        return prefix;
    }

    /**
     * Test fixtures only: this thread, while it has no caller, reads and writes as the platform (a test's own
     * JdbcTemplate checks and set-up). Request threads and callers are unaffected.
     */
    public static void platformWithoutCaller(boolean on) {
        PLATFORM_WITHOUT_CALLER.set(on);
    }

    private static Connection withSetting(Connection connection, String value) throws SQLException {
        try {
            apply(connection, value);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * The value each pooled (physical) connection carries, as last set outside a transaction. Handing a connection to
     * the caller it last served then costs no round trip: the set was one of the six statements of a case lookup,
     * and pgbench's yardstick has none. Only a value set with autocommit on is remembered, because a setting made
     * inside a transaction is undone if that transaction rolls back; such a set forgets the connection instead.
     */
    private static final Map<Object, String> CARRIED = Collections.synchronizedMap(new WeakHashMap<>());

    private static void apply(Connection connection, String value) throws SQLException {
        // The pool's connection under its per-checkout proxy (HikariCP hands out a new proxy each time).
        Object physical = connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit && value.equals(CARRIED.get(physical))) {
            return;
        }
        CARRIED.remove(physical);
        try (PreparedStatement set = connection.prepareStatement(SET)) {
            set.setString(1, value);
            set.execute();
        }
        if (autoCommit) {
            CARRIED.put(physical, value);
        }
    }

    /** The caller changed (into or out of platform work): the connections this thread's transactions hold follow. */
    private static void reapplyOnBoundConnections() {
        for (Map.Entry<Object, Object> bound : TransactionSynchronizationManager.getResourceMap().entrySet()) {
            if (bound.getKey() instanceof DivisionSettingDataSource && bound.getValue() instanceof ConnectionHolder holder
                    && holder.getConnectionHandle() != null) {
                try {
                    apply(holder.getConnection(), resolveValue());
                } catch (SQLException e) {
                    throw new CannotGetJdbcConnectionException("无法设置数据库会话的行政区划范围", e);
                }
            }
        }
    }
}
