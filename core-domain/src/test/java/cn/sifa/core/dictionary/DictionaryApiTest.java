package cn.sifa.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sifa.core.organization.OrganizationType;
import cn.sifa.core.testing.SifaIntegrationTest;

@SifaIntegrationTest
@AutoConfigureMockMvc // shares the cached context of the MockMvc tests
class DictionaryApiTest {

    @LocalServerPort
    int port;
    @Autowired
    DictionaryRegistry registry;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCodeTableAnswersCodesChineseLabelsAndSortWithoutLogin() throws Exception {
        HttpResponse<String> response = get("/api/core/v1/dictionaries/OrganizationType");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("[{\"code\":\"BUREAU\",\"label\":\"司法局\",\"sort\":1},"
                + "{\"code\":\"JUSTICE_OFFICE\",\"label\":\"司法所\",\"sort\":2}");
    }

    @Test
    void theListNamesEveryRegisteredType() throws Exception {
        HttpResponse<String> response = get("/api/core/v1/dictionaries");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("{\"type\":\"OrganizationType\",\"size\":7}", "\"Role\"", "\"DivisionLevel\"", "\"AttachmentType\"");
    }

    @Test
    void anUnknownTypeIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = get("/api/core/v1/dictionaries/NoSuchTable");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"https://sifa.cn/problems/not-found\"");
    }

    @Test
    void twoModulesCannotClaimOneTypeName() {
        DictionaryContributor first = r -> r.register("Shared", OrganizationType.class);
        DictionaryContributor second = r -> r.register("Shared", cn.sifa.core.division.DivisionLevel.class);
        assertThatThrownBy(() -> new DictionaryRegistry(List.of(first, second))).isInstanceOf(IllegalStateException.class);
        assertThat(new DictionaryRegistry(List.of(first, first)).find("Shared")).get().asList().hasSize(7);
        assertThat(registry.find("Role")).get().asList().hasSize(cn.sifa.core.security.Role.values().length);
    }
}
