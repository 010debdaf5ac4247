package cn.sifa.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;
import java.util.Map;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.filter.CircuitBreakerFilterFunctions;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.RetryFilterFunctions;
import org.springframework.cloud.gateway.server.mvc.filter.XForwardedRequestHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchange;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchangeHandlerFunction;
import org.springframework.cloud.gateway.server.mvc.handler.RestClientProxyExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import cn.sifa.core.error.Problems;
import cn.sifa.core.error.SifaException;
import cn.sifa.core.web.JsonBodyLimit;
import cn.sifa.gateway.token.UserTokens;

/**
 * Distributed mode: {@code /api/<service>/**} goes to the service process at {@code sifa.services.<service>.url}
 * with Spring Cloud Gateway Server MVC. Explicit routes, connect/read timeouts from Boot's
 * {@code spring.http.clients.*} (application.yml), one retry for GET/HEAD only (never for writes), and a
 * Resilience4j circuit breaker per service whose fallback answers 503 problem+json. The headers a service receives
 * are {@link ProxiedRequestHeaders}': the request id, a client's Bearer token unchanged or, for a portal session, a
 * freshly minted short-lived JWT for the user (see {@link UserTokens}); the service validates either itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sifa.mode", havingValue = "distributed")
public class ServiceRoutes {

    public static final Map<String, String> SERVICES = Map.of(
            "mediation", "mediation", "legal-aid", "legal-aid", "review", "review",
            "correction", "correction", "enforcement", "enforcement", "reports", "reports");

    static final String FALLBACK = "/internal/service-unavailable";

    @Bean
    RouterFunction<ServerResponse> serviceRouter(Environment env) {
        RouterFunction<ServerResponse> all = null;
        for (String service : SERVICES.keySet()) {
            String url = env.getRequiredProperty("sifa.services." + service + ".url");
            RouterFunction<ServerResponse> one = route(service)
                    .route(path("/api/" + service + "/**"), http())
                    .before(uri(URI.create(url)))
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

    /**
     * The proxy's handler with one request header filter, {@link ProxiedRequestHeaders}, instead of every
     * {@code RequestHttpHeadersFilter} bean (Forwarded, X-Forwarded, hop-by-hop, Content-Length, transfer encoding:
     * each copied the whole header map); the response keeps Gateway's default response filters.
     */
    @Bean
    ProxyExchangeHandlerFunction proxyExchangeHandlerFunction(ProxyExchange proxyExchange, ProxiedRequestHeaders requestHeaders,
                                                              ObjectProvider<HttpHeadersFilter.ResponseHttpHeadersFilter> responseFilters) {
        return new ProxyExchangeHandlerFunction(proxyExchange, only(requestHeaders), responseFilters);
    }

    @Bean
    ProxiedRequestHeaders proxiedRequestHeaders(UserTokens userTokens, ObjectProvider<XForwardedRequestHeadersFilter> xForwarded) {
        return new ProxiedRequestHeaders(userTokens, xForwarded.getIfAvailable());
    }

    /**
     * Gateway's own proxy exchange (a streamed body, as before), but its RestClient records no
     * {@code http.client.requests} observation: the gateway's {@code http.server.requests} already times each proxied
     * call with its status, and the service times its own part; the client timer, its long-task timer and their
     * contexts were ~3 % of the gateway's CPU per call.
     */
    @Bean
    RestClientProxyExchange proxyExchange(RestClient.Builder builder, GatewayMvcProperties properties) {
        return new RestClientProxyExchange(builder.observationRegistry(ObservationRegistry.NOOP).build(), properties);
    }

    private static ObjectProvider<HttpHeadersFilter.RequestHttpHeadersFilter> only(HttpHeadersFilter.RequestHttpHeadersFilter filter) {
        return new ObjectProvider<>() {
            @Override
            public HttpHeadersFilter.RequestHttpHeadersFilter getObject() {
                return filter;
            }

            @Override
            public java.util.stream.Stream<HttpHeadersFilter.RequestHttpHeadersFilter> stream() {
                return java.util.stream.Stream.of(filter);
            }

            @Override
            public java.util.stream.Stream<HttpHeadersFilter.RequestHttpHeadersFilter> orderedStream() {
                return stream();
            }
        };
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
