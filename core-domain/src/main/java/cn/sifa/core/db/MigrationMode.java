package cn.sifa.core.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
            case "migrate" -> flyway -> flyway.migrate();
            case "validate" -> flyway -> {
                log.info("sifa.db.migration=validate: checking the schema without migrating");
                flyway.validate();
            };
            default -> throw new IllegalStateException("sifa.db.migration 只能是 migrate 或 validate,当前为 " + mode);
        };
    }
}
