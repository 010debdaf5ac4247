package cn.sifa.core.testing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staff accounts and organizations in the shared tables ({@code core_user} is the gateway's, but every schema has it),
 * for tests of who may be told about or assigned a record.
 */
public final class TestStaff {

    private TestStaff() {
    }

    /** A new organization in {@code divisionCode} (of a type the demo organizations' tests do not look at). */
    public static UUID organization(JdbcTemplate jdbc, String divisionCode) {
        UUID id = UUID.randomUUID();
        return insertOrganization(jdbc, id, divisionCode, "ENFORCEMENT_AGENCY", "测试司法局 " + id, "测试");
    }

    /**
     * The division's organization of {@code type} (e.g. the 司法局 whose series numbers a county's cases), created when
     * the division has none, as the demo loader or an administrator would. One helper for every service's tests.
     */
    public static UUID ensureOrganization(JdbcTemplate jdbc, String divisionCode, String type, String name, String shortName) {
        return jdbc.queryForList("select id from core_organization where division_code = ? and type = ? order by created_at limit 1",
                        UUID.class, divisionCode, type).stream().findFirst()
                .orElseGet(() -> insertOrganization(jdbc, UUID.randomUUID(), divisionCode, type, name, shortName));
    }

    private static UUID insertOrganization(JdbcTemplate jdbc, UUID id, String divisionCode, String type, String name,
                                           String shortName) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO core_organization (id, version, division_code, type, name, short_name, active,
                                               created_at, created_by, updated_at, updated_by)
                VALUES (?, 0, ?, ?, ?, ?, true, ?, 'test', ?, 'test')""",
                id, divisionCode, type, name, shortName, now, now);
        return id;
    }

    /** A staff user {@code username} of {@code organizationId}, in that organization's division. */
    public static String user(JdbcTemplate jdbc, String username, UUID organizationId, String role) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO core_user (id, version, username, display_name, password_hash, organization_id, division_code,
                                       roles, password_changed_at, created_at, created_by, updated_at, updated_by)
                SELECT ?, 0, ?, '测试用户', '{noop}x', o.id, o.division_code, ARRAY[?]::text[], ?, ?, 'test', ?, 'test'
                  FROM core_organization o WHERE o.id = ?""",
                UUID.randomUUID(), username, role, now, now, now, organizationId);
        return username;
    }
}
