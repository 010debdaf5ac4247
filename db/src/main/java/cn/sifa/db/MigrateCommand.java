package cn.sifa.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The distributed mode's one-shot {@code migrate}: applies every migration of schema {@code sifa} and exits, so
 * that the services themselves only validate. Reads {@code SPRING_DATASOURCE_URL}, {@code _USERNAME} and
 * {@code _PASSWORD} like the applications do.
 *
 * <pre>java -cp sifa.jar cn.sifa.db.MigrateCommand</pre>
 */
public final class MigrateCommand {

    public static final String SCHEMA = "sifa";
    public static final String LOCATION = "classpath:db/migration";

    private MigrateCommand() {
    }

    public static void main(String[] args) {
        String url = required("SPRING_DATASOURCE_URL");
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        MigrateResult result = migrate(url, user, password);
        System.out.printf("sifa migrate: %d migration(s) applied, schema now at version %s%n",
                result.migrationsExecuted, result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion);
    }

    public static MigrateResult migrate(String url, String user, String password) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(true)
                .locations(LOCATION)
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
