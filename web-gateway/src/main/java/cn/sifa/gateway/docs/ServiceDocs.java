package cn.sifa.gateway.docs;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;

import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import cn.sifa.core.error.NotFoundException;
import cn.sifa.gateway.routing.ServiceRoutes;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Distributed mode: Swagger UI lists each service's own {@code /v3/api-docs}, fetched through the gateway at
 * {@code /api-docs/services/<service>}. The document's {@code servers} is replaced by the gateway's address (so
 * "Try it out" goes through the gateway) and the client-credentials scheme is added.
 */
@RestController
@Hidden
@ConditionalOnProperty(name = "sifa.mode", havingValue = "distributed")
class ServiceDocs {

    private final Environment env;
    private final JsonMapper json = JsonMapper.builder().build();
    private final RestClient http;

    ServiceDocs(Environment env, SwaggerUiConfigProperties swaggerUi) {
        this.env = env;
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofMillis(500));
        factory.setReadTimeout(Duration.ofSeconds(15)); // a service builds its document on first request
        this.http = RestClient.builder().requestFactory(factory).build();
        var urls = new java.util.LinkedHashSet<SwaggerUrl>();
        urls.add(new SwaggerUrl("core", "/v3/api-docs/core", "基础平台 core"));
        for (String service : ApiDocs.SERVICES.keySet()) {
            urls.add(new SwaggerUrl(service, "/api-docs/services/" + service, service));
        }
        swaggerUi.setUrls(urls);
    }

    @GetMapping(value = "/api-docs/services/{service}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> document(@PathVariable String service) {
        if (!ServiceRoutes.SERVICES.containsKey(service)) {
            throw new NotFoundException("服务", service);
        }
        String base = env.getRequiredProperty("sifa.services." + service + ".url");
        try {
            String body = http.get().uri(base + "/v3/api-docs").retrieve().body(String.class);
            ObjectNode doc = (ObjectNode) json.readTree(body);
            doc.set("servers", json.valueToTree(List.of(Map.of("url", "/", "description", "网关"))));
            ObjectNode components = doc.has("components") ? (ObjectNode) doc.get("components") : doc.putObject("components");
            ObjectNode schemes = components.has("securitySchemes") ? (ObjectNode) components.get("securitySchemes")
                    : components.putObject("securitySchemes");
            JsonNode scheme = json.valueToTree(ApiDocs.schemeAsMap());
            schemes.set(ApiDocs.SCHEME, scheme);
            if (!doc.has("security")) {
                doc.set("security", json.valueToTree(List.of(Map.of(ApiDocs.SCHEME, List.of()))));
            }
            return ResponseEntity.ok(json.writeValueAsString(doc));
        } catch (RestClientException e) {
            throw new ServiceDocsUnavailable(service);
        }
    }

    static final class ServiceDocsUnavailable extends cn.sifa.core.error.SifaException {
        ServiceDocsUnavailable(String service) {
            super(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "服务暂不可用",
                    "服务 " + service + " 的接口文档暂时无法获取");
        }
    }
}
