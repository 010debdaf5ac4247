package cn.sifa.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.core.testing.TestDatabase;

/**
 * Row-level security (issue 16): PostgreSQL itself keeps a caller to their division subtree, whatever SQL the
 * application runs. These checks bypass the repositories and the Hibernate filter on purpose: raw SQL on the
 * application's own DataSource, and a bare connection as the application's role.
 */
@SifaIntegrationTest
class RowLevelSecurityTest {

    /** Columns that name a division, whatever the table calls them. */
    private static final String DIVISION_COLUMNS = """
            select c.table_name::text as table_name, c.column_name::text as column_name, c.collation_name::text as collation_name
              from information_schema.columns c
              join pg_class r on r.relname = c.table_name and r.relnamespace = 'sifa'::regnamespace and r.relkind in ('r', 'p')
             where c.table_schema = 'sifa'
               and (c.column_name = 'division_code' or c.column_name like '%\\_division\\_code' or c.column_name = 'province_code')
             order by 1, 2""";

    /**
     * Tables whose division column is not a scope: reference data every division reads (national defaults and a
     * province's overrides), written only by administrators through their own checks.
     */
    private static final Map<String, String> NOT_SCOPED = Map.of(
            "core_deadline_rule", "法定时限规则:全国默认值与省级调整,各级均需读取",
            "la_subsidy_standard", "法律援助补贴标准:全国默认值与省级标准,各级均需读取",
            "la_subsidy_standard_aud", "法律援助补贴标准的修改历史,同上");

    private static final String COUNTY_A = "330106";
    private static final String COUNTY_B = "430105";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void oneThingInEachCounty() {
        for (String division : List.of(COUNTY_A, COUNTY_A + "001", COUNTY_B)) {
            jdbc.update("""
                    insert into test_scoped_thing (id, version, division_code, label, created_at, created_by, updated_at, updated_by)
                    values (?, 0, ?, 'rls', now(), 'test', now(), 'test')""", UUID.randomUUID(), division);
        }
    }

    @Test
    void everyTableWithADivisionColumnHasThePolicyUnlessItIsReferenceData() {
        List<String> missing = new ArrayList<>();
        List<String> notC = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList(DIVISION_COLUMNS);
        assertThat(columns).extracting(c -> c.get("table_name")).contains("med_case", "core_organization", "core_user",
                "enf_action", "la_case", "rv_reconsideration", "cr_subject", "cr_subject_aud");
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            if (!"C".equals(column.get("collation_name")) && !table.endsWith("_aud")) {
                notC.add(table + "." + column.get("column_name"));
            }
            if (NOT_SCOPED.containsKey(table)) {
                continue;
            }
            Boolean enabled = jdbc.queryForObject("select relrowsecurity from pg_class where oid = ('sifa.' || quote_ident(?))::regclass",
                    Boolean.class, table);
            Integer policies = jdbc.queryForObject("select count(*) from pg_policy where polrelid = ('sifa.' || quote_ident(?))::regclass",
                    Integer.class, table);
            if (!Boolean.TRUE.equals(enabled) || policies == 0) {
                missing.add(table);
            }
        }
        assertThat(missing).as("tables with a division column but no row-level security policy "
                + "(call sifa.enable_division_rls('table') in the migration, or list reference data in NOT_SCOPED)").isEmpty();
        // the policy compares in the C collation; on a column of another collation its range cannot use the index
        assertThat(notC).as("division columns not COLLATE \"C\"").isEmpty();
    }

    @Test
    void rawSqlAsACountySeesNoRowOfAnotherDivisionInAnyTable() {
        List<String> tables = jdbc.queryForList("""
                select distinct c.relname::text from pg_class c join pg_policy p on p.polrelid = c.oid
                 where c.relnamespace = 'sifa'::regnamespace order by 1""", String.class);
        assertThat(tables).contains("test_scoped_thing", "core_organization");
        long otherDivisionsInAll = 0;
        for (String table : tables) {
            String sql = "select count(*) from " + table + " where (division_code is null or division_code not like '" + COUNTY_A + "%')"
                    // incentive rules and organizations are also read from the divisions above (V10_02)
                    + (List.of("med_incentive_rule", "core_organization").contains(table)
                    ? " and division_code not in ('330100', '330000')" : "");
            otherDivisionsInAll += jdbc.queryForObject(sql, Long.class);
            TestCallers.runAs(TestCallers.staff(COUNTY_A), () ->
                    assertThat(jdbc.queryForObject(sql, Long.class)).as(table).isZero());
        }
        assertThat(otherDivisionsInAll).as("the fixture has rows of other divisions (else the check proves nothing)").isPositive();
        TestCallers.runAs(TestCallers.staff(COUNTY_A), () -> assertThat(jdbc.queryForList(
                "select division_code from test_scoped_thing where label = 'rls'", String.class))
                .isNotEmpty().allMatch(code -> code.startsWith(COUNTY_A)));
    }

    @Test
    void aCallerCannotWriteARowIntoAnotherDivision() {
        TestCallers.runAs(TestCallers.staff(COUNTY_A), () -> {
            assertThatThrownBy(() -> jdbc.update("""
                    insert into test_scoped_thing (id, version, division_code, label, created_at, created_by, updated_at, updated_by)
                    values (?, 0, ?, 'rls', now(), 'test', now(), 'test')""", UUID.randomUUID(), COUNTY_B))
                    .isInstanceOf(DataAccessException.class).hasStackTraceContaining("violates row-level security policy");
            assertThat(jdbc.update("update test_scoped_thing set label = 'moved' where division_code = ?", COUNTY_B)).isZero();
            assertThat(jdbc.update("delete from test_scoped_thing where division_code = ?", COUNTY_B)).isZero();
        });
        assertThat(jdbc.queryForObject("select count(*) from test_scoped_thing where division_code = ? and label = 'rls'",
                Long.class, COUNTY_B)).isPositive();
    }

    @Test
    void withoutACallerNothingIsVisibleAndPlatformWorkSeesEverything() {
        DivisionSettingDataSource.platformWithoutCaller(false);
        try {
            assertThat(jdbc.queryForObject("select count(*) from test_scoped_thing", Long.class)).isZero();
            assertThat(jdbc.queryForObject("select current_setting('sifa.division')", String.class)).isEmpty();
            assertThat(CurrentCaller.runAsSystem(() -> jdbc.queryForObject(
                    "select count(distinct division_code) from test_scoped_thing", Long.class))).isGreaterThanOrEqualTo(3);
        } finally {
            DivisionSettingDataSource.platformWithoutCaller(true);
        }
    }

    @Test
    void platformWorkInsideACallersTransactionSeesEverythingThenTheCallerAgain() {
        TestCallers.runAs(TestCallers.staff(COUNTY_A), () -> transactions.executeWithoutResult(status -> {
            String count = "select count(*) from test_scoped_thing where division_code = '" + COUNTY_B + "'";
            assertThat(jdbc.queryForObject(count, Long.class)).isZero();
            assertThat(CurrentCaller.runAsSystem(() -> jdbc.queryForObject(count, Long.class))).isPositive();
            assertThat(jdbc.queryForObject(count, Long.class)).isZero();
        }));
    }

    /**
     * A pooled connection is not set again when it already carries its new caller's value; whatever the order of
     * callers, platform work and rolled-back transactions (which undo a setting made inside them), every hand-out
     * reads exactly its own caller's value.
     */
    @Test
    void everyHandOutCarriesItsOwnCallersValueAlsoWhenTheSetIsSkipped() {
        String setting = "select current_setting('sifa.division')";
        List<String> callers = List.of(COUNTY_A, COUNTY_A, COUNTY_B, COUNTY_A + "001", COUNTY_B, COUNTY_B, COUNTY_A);
        for (int round = 0; round < 3; round++) {
            for (String division : callers) {
                TestCallers.runAs(TestCallers.staff(division), () -> {
                    String expected = DivisionSettingDataSource.currentValue();
                    assertThat(jdbc.queryForObject(setting, String.class)).isEqualTo(expected);
                    transactions.executeWithoutResult(status -> {
                        assertThat(CurrentCaller.runAsSystem(() -> jdbc.queryForObject(setting, String.class)))
                                .isEqualTo(DivisionSettingDataSource.PLATFORM);
                        assertThat(jdbc.queryForObject(setting, String.class)).isEqualTo(expected);
                        status.setRollbackOnly();
                    });
                    assertThat(jdbc.queryForObject(setting, String.class)).isEqualTo(expected);
                });
                assertThat(CurrentCaller.runAsSystem(() -> jdbc.queryForObject(setting, String.class)))
                        .isEqualTo(DivisionSettingDataSource.PLATFORM);
            }
        }
    }

    @Test
    void aBareConnectionOfTheApplicationRoleSeesNothingUntilTheSettingNamesADivision() throws Exception {
        TestDatabase.Connection3 db = TestDatabase.get();
        try (Connection app = DriverManager.getConnection(ApplicationDatabaseRole.withoutCredentials(db.url()), ApplicationDatabaseRole.ROLE, ApplicationDatabaseRole.DEMO_PASSWORD);
             Statement s = app.createStatement()) {
            s.execute("set search_path = sifa");
            assertThat(count(s, "select count(*) from test_scoped_thing")).isZero();
            for (String value : List.of("", "%", "33%", "' or true --", "-")) {
                s.execute("select set_config('sifa.division', '" + value.replace("'", "''") + "', false)");
                assertThat(count(s, "select count(*) from test_scoped_thing")).as(value).isZero();
            }
            s.execute("set sifa.division = '" + COUNTY_A + "'");
            assertThat(count(s, "select count(*) from test_scoped_thing where division_code not like '" + COUNTY_A + "%'")).isZero();
            assertThat(count(s, "select count(*) from test_scoped_thing")).isPositive();
            s.execute("reset sifa.division");
            assertThat(count(s, "select count(*) from test_scoped_thing")).isZero();
        }
    }

    @Test
    void theApplicationRoleIsNeitherOwnerNorSuperuserAndCannotBypassThePolicies() {
        assertThat(jdbc.queryForObject("select current_user::text", String.class)).isEqualTo(ApplicationDatabaseRole.ROLE);
        Map<String, Object> role = jdbc.queryForMap("select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = ?",
                ApplicationDatabaseRole.ROLE);
        assertThat(role.values()).containsOnly(false);
        assertThat(jdbc.queryForObject("""
                select count(*) from pg_class where relnamespace = 'sifa'::regnamespace and relowner = ?::regrole""",
                Long.class, ApplicationDatabaseRole.ROLE)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from pg_class where relnamespace = 'sifa'::regnamespace and relforcerowsecurity",
                Long.class)).as("FORCE is not needed: the application is not the owner").isZero();
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
