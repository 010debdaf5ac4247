package cn.sifa.core.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code sifa.db.migration=migrate} (default: standalone, the {@code migrate} one-shot) applies pending
 * migrations at start-up; {@code validate} (profile {@code service}) only checks that the schema matches the
 * migrations on the classpath and refuses to start otherwise, so services never race to change the schema.
 */
@Configuration(proxyBeanMethods = false)
public class MigrationMode {

    private static final Logger log = LoggerFactory.getLogger(MigrationMode.class);

    @Bean
    FlywayMigrationStrategy sifaMigrationStrategy(@Value("${sifa.db.migration:migrate}") String mode) {
        return switch (mode) {
            // Areas number their migrations separately (V1 core, V4 mediation, V6 enforcement…), so a new V4_xx
            // arrives after an applied V6_xx and must still run: out of order is the normal upgrade (as MigrateCommand).
            case "migrate" -> flyway -> Flyway.configure().configuration(flyway.getConfiguration()).outOfOrder(true).load()
                    .migrate();
            case "validate" -> flyway -> {
                log.info("sifa.db.migration=validate: checking the schema without migrating");
                flyway.validate();
            };
            default -> throw new IllegalStateException("sifa.db.migration 只能是 migrate 或 validate,当前为 " + mode);
        };
    }
}
