package cn.sifa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here, so the distributed layout is checked by reading docker-compose.yml itself. */
class DockerComposeFileTest {

    static Map<String, Object> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        Path file = Path.of("..", "docker-compose.yml");
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(100);
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> compose = new Yaml(options).load(reader);
            services = (Map<String, Object>) compose.get("services");
        }
    }

    @Test
    void runsPostgresMigrateEveryServiceAndTheGateway() {
        assertThat(services).containsOnlyKeys("postgres", "migrate", "mediation", "legal-aid", "review", "correction",
                "enforcement", "reporting", "gateway");
        assertThat(service("postgres").get("image")).isEqualTo("postgres:17");
    }

    @Test
    void theGatewayIsTheOnlyEntryOn8080AndServicesHaveTheirOwnPorts() {
        assertThat(ports("gateway")).containsExactly("8080:8080");
        assertThat(ports("mediation")).containsExactly("8081:8080");
        assertThat(ports("enforcement")).containsExactly("8085:8080");
        assertThat(env("gateway")).containsEntry("SIFA_MODE", "distributed");
    }

    @Test
    void servicesStartOnlyAfterTheOneShotMigrationAndOnlyValidateTheSchema() {
        for (String name : List.of("mediation", "legal-aid", "review", "correction", "enforcement", "reporting", "gateway")) {
            Map<String, Object> dependsOn = map(service(name).get("depends_on"));
            assertThat(map(dependsOn.get("migrate"))).as(name).containsEntry("condition", "service_completed_successfully");
            assertThat(map(dependsOn.get("postgres"))).as(name).containsEntry("condition", "service_healthy");
            assertThat(env(name)).as(name).containsEntry("SIFA_DB_MIGRATION", "validate");
            assertThat(service(name)).as(name).containsKey("healthcheck");
        }
        assertThat(String.join(" ", (List<String>) service("migrate").get("entrypoint"))).contains("cn.sifa.db.MigrateCommand");
        assertThat(map(map(service("migrate").get("depends_on")).get("postgres"))).containsEntry("condition", "service_healthy");
    }

    @Test
    void servicesValidateTokensAgainstTheGatewayKeys() {
        assertThat(env("mediation")).containsEntry("SIFA_GATEWAY_URL", "http://gateway:8080")
                .containsEntry("SPRING_PROFILES_ACTIVE", "service");
        assertThat(env("gateway")).containsEntry("SIFA_SERVICES_MEDIATION_URL", "http://mediation:8080");
    }

    private static Map<String, Object> service(String name) {
        return map(services.get(name));
    }

    private static Map<String, Object> env(String name) {
        return map(service(name).get("environment"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(String name) {
        return (List<String>) service(name).get("ports");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
