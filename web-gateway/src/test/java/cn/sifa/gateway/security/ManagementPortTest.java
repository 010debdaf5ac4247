package cn.sifa.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;

/**
 * In production the actuator (with /actuator/prometheus) is on the management port only: the public port answers
 * 404 for it, whoever asks. The assembled application runs here with a separate management port, as the prod profile
 * sets it; the second test checks that the prod profile does set one.
 */
@SifaIntegrationTest(classes = SifaApplication.class, properties = {"sifa.embedded-postgres.enabled=false", "management.server.port=0"})
class ManagementPortTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void prometheusIsOnTheManagementPortAndNotOnThePublicOne() {
        assertThat(managementPort).isNotEqualTo(port);
        Http.Response publicPort = new Http(port).get("/actuator/prometheus", Map.of("Accept", "text/plain"));
        assertThat(publicPort.status()).isEqualTo(404);
        assertThat(publicPort.body()).doesNotContain("jvm_memory");
        assertThat(new Http(port).get("/actuator/health").status()).isEqualTo(404);

        Http.Response scrape = new Http(managementPort).get("/actuator/prometheus", Map.of("Accept", "text/plain"));
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory");
        assertThat(new Http(managementPort).get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void theProductionProfileMovesTheActuatorToTheManagementPort() throws Exception {
        PropertySource<?> prod = new YamlPropertySourceLoader().load("prod", new ClassPathResource("application-prod.yml")).get(0);
        assertThat(String.valueOf(prod.getProperty("management.server.port"))).isEqualTo("${MANAGEMENT_PORT:8090}");
    }
}
