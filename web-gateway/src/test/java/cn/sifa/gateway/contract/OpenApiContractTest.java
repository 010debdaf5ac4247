package cn.sifa.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;

import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI documents as an outsider meets them: the live documents are the committed ones (docs/openapi, from
 * which the build generated the client {@link GeneratedClientTest} calls), and Spectral's {@code spectral:oas}
 * ruleset finds no error in them. After a controller change: {@code ./mvnw -pl web-gateway test
 * -Dtest=OpenApiContractTest -Dsifa.openapi.update=true}, then review and commit the diff of docs/openapi.
 */
@SifaIntegrationTest(classes = SifaApplication.class)
class OpenApiContractTest {

    static final Path LINT = Path.of("src", "test", "openapi");

    @LocalServerPort
    int port;

    @Test
    void theLiveDocumentsAreTheCommittedOnes() throws IOException {
        List<String> stale = new ArrayList<>();
        for (String document : OpenApiDocuments.DOCUMENTS) {
            Http.Response live = new Http(port).get("/v3/api-docs/" + document);
            assertThat(live.status()).as(document).isEqualTo(200);
            String normalized = OpenApiDocuments.normalize(live.body());
            if (OpenApiDocuments.UPDATE) {
                OpenApiDocuments.write(document, normalized);
            } else if (!normalized.equals(OpenApiDocuments.committed(document))) {
                stale.add(OpenApiDocuments.file(document).toString());
            }
        }
        assertThat(stale).as("OpenAPI documents differ from the committed snapshots; regenerate with "
                + "./mvnw -pl web-gateway test -Dtest=OpenApiContractTest -Dsifa.openapi.update=true and review the diff").isEmpty();
    }

    @Test
    void spectralFindsNoErrorInAnyDocument() throws Exception {
        Path spectral = LINT.resolve(Path.of("node_modules", ".bin", "spectral"));
        assertThat(spectral).as("npm ci in " + LINT + " (web-gateway's build runs it)").exists();
        List<String> errors = new ArrayList<>();
        for (String document : OpenApiDocuments.DOCUMENTS) {
            assertThat(OpenApiDocuments.file(document)).exists();
            File report = Files.createTempFile("spectral-" + document, ".json").toFile();
            Process lint = new ProcessBuilder(spectral.toAbsolutePath().toString(), "lint", "--ruleset",
                    LINT.resolve(".spectral.yaml").toAbsolutePath().toString(), "--format", "json", "--output", report.getPath(),
                    "--fail-severity", "error", OpenApiDocuments.file(document).toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(lint.waitFor(3, TimeUnit.MINUTES)).as("spectral finished").isTrue();
            JsonNode results = Http.JSON.readTree(Files.readString(report.toPath(), StandardCharsets.UTF_8));
            for (JsonNode result : results) {
                if (result.get("severity").asInt() == 0) {
                    errors.add(document + " " + result.get("code").asString() + " " + result.get("path") + ": "
                            + result.get("message").asString());
                }
            }
            report.delete();
        }
        assertThat(errors).as("spectral:oas errors").isEmpty();
    }
}
