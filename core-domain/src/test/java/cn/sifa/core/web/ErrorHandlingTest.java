package cn.sifa.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.sifa.core.security.Role;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** CONVENTIONS "Errors": every failure is RFC 9457 problem+json with a stable type and never a stack trace. */
@SifaIntegrationTest
@AutoConfigureMockMvc
class ErrorHandlingTest {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    final JsonMapper json = JsonMapper.builder().build();

    private JsonNode problem(MockHttpServletRequestBuilder request, int status, String type) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(authentication(TestCallers.authentication(
                TestCallers.staff("430105", Role.SYSTEM_ADMIN))))).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertNoInternals(body);
        JsonNode node = json.readTree(body);
        assertThat(node.has("type") && node.has("title") && node.has("status")).as(body).isTrue();
        assertThat(node.get("type").asString()).isEqualTo("https://sifa.cn/problems/" + type);
        assertThat(node.get("status").asInt()).isEqualTo(status);
        assertThat(node.get("title").asString()).isNotBlank();
        return node;
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("\"trace\"", "Exception", "at cn.sifa", "at org.", "SQL", "select ");
    }

    @Test
    void anUnknownPathIsANotFoundProblem() throws Exception {
        JsonNode node = problem(get("/api/core/v1/no-such-collection"), 404, "not-found");
        assertThat(node.get("instance").asString()).isEqualTo("/api/core/v1/no-such-collection");
    }

    @Test
    void aWrongMethodIsAMethodNotAllowedProblemWithAllow() throws Exception {
        problem(delete("/api/core/v1/dictionaries/OrganizationType"), 405, "method-not-allowed");
        assertThat(mvc.perform(delete("/api/core/v1/dictionaries/OrganizationType").with(authentication(
                TestCallers.authentication(TestCallers.staff("430105"))))).andReturn().getResponse().getHeader("Allow")).contains("GET");
    }

    @Test
    void aWrongContentTypeIsAnUnsupportedMediaTypeProblem() throws Exception {
        problem(post("/api/core/v1/organizations").contentType(MediaType.TEXT_PLAIN).content("name=x"), 415, "unsupported-media-type");
    }

    @Test
    void malformedJsonIsABadRequestProblem() throws Exception {
        problem(post("/api/core/v1/organizations").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "), 400, "malformed-request");
    }

    @Test
    void aWrongTypeNamesTheField() throws Exception {
        JsonNode body = problem(post("/api/core/v1/organizations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"BUREAU\",\"name\":\"x\",\"shortName\":\"x\",\"active\":\"maybe\"}"), 400, "validation");
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("active");
        JsonNode path = problem(get("/api/core/v1/organizations/not-a-uuid"), 400, "validation");
        assertThat(path.get("errors").get(0).get("code").asString()).isEqualTo("type-mismatch");
    }

    @Test
    void aMisspelledFieldIsRefusedNamingIt() throws Exception {
        JsonNode body = problem(post("/api/core/v1/organizations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"BUREAU\",\"name\":\"开福区司法局\",\"shortname\":\"开福\"}"), 400, "validation");
        JsonNode error = body.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("shortname");
        assertThat(error.get("code").asString()).isEqualTo("unknown-field");
        assertThat(error.get("message").asString()).contains("未知字段");
    }

    @Test
    void aPageOverTwoHundredIsABadRequestProblem() throws Exception {
        JsonNode body = problem(get("/api/core/v1/organizations").param("size", "201"), 400, "validation");
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("size");
        problem(get("/api/core/v1/organizations").param("sort", "password,asc"), 400, "validation");
    }

    @Test
    void overTheWireANotFoundIsStillAProblem() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/core/v1/divisions/999999")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertNoInternals(response.body());
    }

    @Test
    void anUnauthenticatedCallIsRefusedWithoutLeakingAnything() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/core/v1/organizations")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertNoInternals(response.body());
    }
}
