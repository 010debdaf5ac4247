package cn.sifa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import cn.sifa.core.testing.TestDatabase;
import cn.sifa.db.MigrateCommand;
import cn.sifa.gateway.SifaApplication;

/**
 * Every migration applies to an empty PostgreSQL database (as the distributed mode's one-shot migrate does),
 * and then the whole platform's JPA model validates against it (ddl-auto=validate) with Flyway only validating.
 */
class SchemaMigrationTest {

    @Test
    void everyMigrationAppliesToAnEmptyDatabaseAndEveryEntityValidates() throws Exception {
        TestDatabase.Connection3 server = TestDatabase.get();
        String name = "sifa_schema_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(server.url(), server.username(), server.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        String url = server.url().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        try {
            MigrateResult result = MigrateCommand.migrate(url, server.username(), server.password());
            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(3);

            try (ConfigurableApplicationContext context = new SpringApplication(SifaApplication.class).run(
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + server.username(),
                    "--spring.datasource.password=" + server.password(),
                    "--sifa.db.migration=validate",
                    "--spring.jpa.hibernate.ddl-auto=validate",
                    "--spring.profiles.active=schema-check",
                    "--server.port=0")) {
                assertThat(context.isActive()).isTrue();
            }
            try (Connection c = DriverManager.getConnection(url, server.username(), server.password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from sifa.core_division where parent_code = '330800'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(6);
            }

            // A database from before mediation's V4_03 (but after enforcement's V6_xx) still takes V4_03 later:
            // areas number their migrations separately, so out-of-order is the normal upgrade path.
            try (Connection c = DriverManager.getConnection(url, server.username(), server.password());
                 Statement s = c.createStatement()) {
                // V4_22 has since replaced this index (so it is gone here); V4_03 run again out of order recreates it.
                s.execute("DROP INDEX IF EXISTS sifa.med_case_list_idx");
                s.execute("DELETE FROM sifa.flyway_schema_history WHERE version = '4.03'");
            }
            MigrateResult upgrade = MigrateCommand.migrate(url, server.username(), server.password());
            assertThat(upgrade.migrationsExecuted).isEqualTo(1);
            try (Connection c = DriverManager.getConnection(url, server.username(), server.password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from pg_indexes where schemaname = 'sifa' and indexname = 'med_case_list_idx'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        } finally {
            try (Connection c = DriverManager.getConnection(server.url(), server.username(), server.password());
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
