package cn.sifa.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The distributed mode's one-shot {@code migrate}: applies every migration of schema {@code sifa} and exits, so
 * that the services themselves only validate. Reads {@code SPRING_DATASOURCE_URL}, {@code _USERNAME} and
 * {@code _PASSWORD} (the schema owner) like the applications do, and {@code SIFA_DB_APP_PASSWORD}, the password it
 * gives the application's role {@code sifa_app} (row-level security, afterMigrate__sifa_app_role.sql).
 *
 * <pre>java -cp sifa.jar cn.sifa.db.MigrateCommand</pre>
 */
public final class MigrateCommand {

    public static final String SCHEMA = "sifa";
    public static final String LOCATION = "classpath:db/migration";
    /** sifa_app's password when none is configured: demo and tests only (profile prod refuses it). */
    public static final String DEMO_APP_PASSWORD = "sifa-app-demo";

    private MigrateCommand() {
    }

    public static void main(String[] args) {
        String url = required("SPRING_DATASOURCE_URL");
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        String appPassword = System.getenv().getOrDefault("SIFA_DB_APP_PASSWORD", DEMO_APP_PASSWORD);
        MigrateResult result = migrate(url, user, password, appPassword);
        System.out.printf("sifa migrate: %d migration(s) applied, schema now at version %s%n",
                result.migrationsExecuted, result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion);
    }

    public static MigrateResult migrate(String url, String user, String password) {
        return migrate(url, user, password, DEMO_APP_PASSWORD);
    }

    public static MigrateResult migrate(String url, String user, String password, String appPassword) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(true)
                .locations(LOCATION)
                .placeholders(java.util.Map.of("sifa_app_password", appPassword))
                // Each area numbers its own migrations (V1 core, V3 gateway, V4 mediation, V6 enforcement…), so an
                // area's new migration is usually lower than another area's newest, already applied: applying it
                // out of order is part of the scheme. The applications say the same (spring.flyway.out-of-order).
                .outOfOrder(true)
                .load()
                .migrate();
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            System.err.println("sifa migrate: " + name + " is not set");
            System.exit(2);
        }
        return value;
    }
}
