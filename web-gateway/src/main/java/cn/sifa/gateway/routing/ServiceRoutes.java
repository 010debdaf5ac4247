package cn.sifa.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.cloud.gateway.server.mvc.filter.CircuitBreakerFilterFunctions;
import org.springframework.cloud.gateway.server.mvc.filter.RetryFilterFunctions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import cn.sifa.core.error.Problems;
import cn.sifa.core.error.SifaException;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.web.JsonBodyLimit;
import cn.sifa.core.web.RequestIdFilter;
import cn.sifa.gateway.token.UserTokens;

/**
 * Distributed mode: {@code /api/<service>/**} goes to the service process at {@code sifa.services.<service>.url}
 * with Spring Cloud Gateway Server MVC. Explicit routes, connect/read timeouts from Boot's
 * {@code spring.http.clients.*} (application.yml), one retry for GET/HEAD only (never for writes), and a
 * Resilience4j circuit breaker per service whose fallback answers 503 problem+json. The request id is forwarded,
 * a client's Bearer token passes through unchanged, and a portal session request gets a freshly minted short-lived
 * JWT for the user (see {@link UserTokens}); the service validates either itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sifa.mode", havingValue = "distributed")
public class ServiceRoutes {

    public static final Map<String, String> SERVICES = Map.of(
            "mediation", "mediation", "legal-aid", "legal-aid", "review", "review",
            "correction", "correction", "enforcement", "enforcement", "reports", "reports");

    static final String FALLBACK = "/internal/service-unavailable";

    @Bean
    RouterFunction<ServerResponse> serviceRouter(Environment env, UserTokens userTokens) {
        RouterFunction<ServerResponse> all = null;
        for (String service : SERVICES.keySet()) {
            String url = env.getRequiredProperty("sifa.services." + service + ".url");
            RouterFunction<ServerResponse> one = route(service)
                    .route(path("/api/" + service + "/**"), http())
                    .before(uri(URI.create(url)))
                    .before(request -> relayIdentity(request, userTokens))
                    .filter(RetryFilterFunctions.retry(config -> config.setRetries(1)
                            .setMethods(java.util.Set.of(HttpMethod.GET, HttpMethod.HEAD))
                            .setSeries(java.util.Set.of(HttpStatus.Series.SERVER_ERROR))
                            .addExceptions(java.io.IOException.class)))
                    .filter(CircuitBreakerFilterFunctions.circuitBreaker(config -> config.setId(service)
                            .setFallbackPath(FALLBACK).setStatusCodes("502", "503", "504")))
                    .build();
            all = all == null ? one : all.and(one);
        }
        return all.and(route("service-unavailable").route(path(FALLBACK), ServiceRoutes::unavailable).build());
    }

    /** The proxied services apply their own JSON body limits (e.g. enforcement's larger batch); bodies stream through. */
    @Bean
    JsonBodyLimit proxiedBodies() {
        return JsonBodyLimit.appliedBehind(SERVICES.keySet().stream().map(service -> "/api/" + service + "/").toList());
    }

    /**
     * The proxy's HTTP client is Apache HttpClient 5 (on the classpath, so Boot picks it): it reads and writes on the
     * request's own (virtual) thread, where the JDK client hands every exchange to its selector and executor
     * threads, a cost each proxied call paid on a busy 2-core machine. Its pool defaults to 5 connections per
     * service; it gets as many as the gateway sends concurrently, kept alive and reused.
     * {@code spring.http.clients.imperative.factory=jdk} switches back.
     */
    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> upstreamConnectionPool(
            @Value("${sifa.services.max-connections:200}") int perService) {
        return builder -> builder.withConnectionManagerCustomizer(pool -> pool.setMaxConnPerRoute(perService)
                .setMaxConnTotal(perService * SERVICES.size()));
    }

    /**
     * Opens a service's breaker when half of the last 10 calls (at least 5) failed; while open, calls fail at once
     * with 503 and one probe is let through after 10 s. No time limiter: the HTTP client's read timeout bounds calls.
     */
    @Bean
    org.springframework.cloud.client.circuitbreaker.Customizer<org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory> breakerDefaults() {
        return factory -> factory.configureDefault(id -> new org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.custom()
                        .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                        .waitDurationInOpenState(java.time.Duration.ofSeconds(10))
                        .permittedNumberOfCallsInHalfOpenState(1).build())
                .build());
    }

    /** Forwards the request id, and replaces the session by a user JWT (a client's own Bearer token passes as is). */
    static ServerRequest relayIdentity(ServerRequest request, UserTokens userTokens) {
        ServerRequest.Builder builder = ServerRequest.from(request);
        String requestId = (String) request.servletRequest().getAttribute(RequestIdFilter.ATTRIBUTE);
        if (requestId != null) {
            builder.headers(h -> h.set(RequestIdFilter.HEADER, requestId));
        }
        String authorization = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (!bearer) {
            CurrentCaller.find().filter(p -> p.kind() == SifaPrincipal.Kind.STAFF).ifPresent(user -> builder.headers(h ->
                    h.setBearerAuth(userTokens.mint(user, issuerOf(request.servletRequest())))));
        }
        // The session and CSRF cookies mean nothing to a service and must not leak to it.
        builder.headers(h -> {
            h.remove(HttpHeaders.COOKIE);
            h.remove("X-XSRF-TOKEN");
        });
        return builder.build();
    }

    private static String issuerOf(HttpServletRequest request) {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    static ServerResponse unavailable(ServerRequest request) {
        String original = (String) request.servletRequest().getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, URI.create(SifaException.TYPE_BASE + "service-unavailable"),
                "服务暂不可用", "后端业务服务暂时无法访问,请稍后重试", request.servletRequest());
        if (original != null) {
            problem.setInstance(URI.create(original));
        }
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(Problems.PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }
}
