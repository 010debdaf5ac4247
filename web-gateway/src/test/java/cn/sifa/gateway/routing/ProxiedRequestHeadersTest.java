package cn.sifa.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.server.mvc.filter.XForwardedRequestHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.XForwardedRequestHeadersFilterProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.ServerRequest;

import cn.sifa.core.web.RequestIdFilter;

/**
 * What a proxied request carries to its service, built in one copy of the client's headers (the portal session's
 * minted token is proven end to end by {@link DistributedModeIT}).
 */
class ProxiedRequestHeadersTest {

    /** The loopback and 10.x, as application.yml's trusted-proxies list them among the private ranges. */
    private static final String TRUSTED = "127\\.0\\.0\\.1|10\\..*";

    private final ProxiedRequestHeaders headers = new ProxiedRequestHeaders(null,
            new XForwardedRequestHeadersFilter(new XForwardedRequestHeadersFilterProperties(), TRUSTED));

    @Test
    void aClientsTokenAndRequestIdPassAndItsCookiesHopByHopAndForwardedHeadersDoNot() {
        MockHttpServletRequest servlet = request("127.0.0.1");
        servlet.addHeader(HttpHeaders.AUTHORIZATION, "Bearer abc.def.ghi");
        servlet.addHeader(HttpHeaders.COOKIE, "SESSION=s1; XSRF-TOKEN=x1");
        servlet.addHeader("X-XSRF-TOKEN", "x1");
        servlet.addHeader(HttpHeaders.CONNECTION, "keep-alive");
        servlet.addHeader("Keep-Alive", "timeout=5");
        servlet.addHeader("Proxy-Authorization", "Basic Zm9vOmJhcg==");
        servlet.addHeader(HttpHeaders.CONTENT_LENGTH, "0");
        servlet.addHeader("Forwarded", "for=203.0.113.9;proto=https");
        servlet.addHeader(HttpHeaders.ACCEPT, "application/json");
        servlet.addHeader(RequestIdFilter.HEADER, "given-by-client");
        servlet.setAttribute(RequestIdFilter.ATTRIBUTE, "req-42");

        HttpHeaders out = apply(servlet);

        assertThat(out.getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer abc.def.ghi");
        assertThat(out.get(RequestIdFilter.HEADER)).containsExactly("req-42");
        assertThat(out.get(HttpHeaders.ACCEPT)).containsExactly("application/json");
        assertThat(out.headerNames()).map(String::toLowerCase).doesNotContain("cookie", "x-xsrf-token", "connection",
                "keep-alive", "proxy-authorization", "content-length", "forwarded");
    }

    @Test
    void aTrustedHopsForwardedForIsKeptAndTheGatewaysPeerAppended() {
        MockHttpServletRequest servlet = request("127.0.0.1");
        servlet.addHeader("X-Forwarded-For", "10.1.2.3");

        HttpHeaders out = apply(servlet);

        assertThat(out.getFirst("X-Forwarded-For")).isEqualTo("10.1.2.3,127.0.0.1");
        assertThat(out.getFirst("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(out.getFirst("X-Forwarded-Host")).isEqualTo("gateway.example:8080");
    }

    @Test
    void anUntrustedClientsForwardedHeadersAreDropped() {
        MockHttpServletRequest servlet = request("203.0.113.5");
        servlet.addHeader("X-Forwarded-For", "10.1.2.3");
        servlet.addHeader("X-Forwarded-Host", "evil.example");
        servlet.addHeader("X-Forwarded-Proto", "https");

        HttpHeaders out = apply(servlet);

        assertThat(out.headerNames()).noneMatch(name -> name.toLowerCase().startsWith("x-forwarded-"));
    }

    @Test
    void withoutTrustedProxiesNoForwardedHeaderPasses() {
        MockHttpServletRequest servlet = request("127.0.0.1");
        servlet.addHeader("X-Forwarded-For", "10.1.2.3");
        servlet.addHeader(HttpHeaders.ACCEPT, "application/json");

        HttpHeaders out = new ProxiedRequestHeaders(null, null).apply(
                ServerRequest.create(servlet, List.of()).headers().asHttpHeaders(), ServerRequest.create(servlet, List.of()));

        assertThat(out.headerNames()).noneMatch(name -> name.toLowerCase().startsWith("x-forwarded-"));
        assertThat(out.get(HttpHeaders.ACCEPT)).containsExactly("application/json");
    }

    private static MockHttpServletRequest request(String remoteAddress) {
        MockHttpServletRequest servlet = new MockHttpServletRequest("GET", "/api/mediation/v1/cases/1");
        servlet.setRemoteAddr(remoteAddress);
        servlet.setServerName("gateway.example");
        servlet.setServerPort(8080);
        servlet.addHeader(HttpHeaders.HOST, "gateway.example:8080");
        return servlet;
    }

    private HttpHeaders apply(MockHttpServletRequest servlet) {
        ServerRequest request = ServerRequest.create(servlet, List.of());
        // the read-only view the proxy hands its filters
        return headers.apply(request.headers().asHttpHeaders(), request);
    }
}
