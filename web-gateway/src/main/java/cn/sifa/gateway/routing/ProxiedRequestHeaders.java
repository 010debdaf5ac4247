package cn.sifa.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.RemoveHopByHopRequestHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.XForwardedRequestHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.web.RequestIdFilter;
import cn.sifa.gateway.token.UserTokens;

/**
 * The headers a proxied request takes to its service, built in one copy of the client's headers. It is the proxy's
 * only request header filter (see {@link ServiceRoutes#proxyExchangeHandlerFunction}); Gateway Server MVC's default
 * chain copied the whole header map once per filter (Forwarded, X-Forwarded, hop-by-hop) and the identity relay once
 * more, the largest single item of the gateway's CPU profile.
 * <ul>
 * <li>{@code X-Forwarded-For/Proto/Port/Host/Prefix} by Gateway Server MVC's own filter and its trust rules
 * ({@code trusted-proxies}: earlier {@code X-Forwarded-For} entries only from private hops, everything a client sent
 * dropped when it is not a trusted proxy). That filter answers a new map in every case; the rest edits that copy.</li>
 * <li>Hop-by-hop headers (Gateway's list) and {@code Content-Length} go (the body is streamed, as Gateway's
 * defaults do); {@code Forwarded} goes: the services honour {@code X-Forwarded-*} only (Tomcat's RemoteIpValve,
 * {@code server.forward-headers-strategy=native}), so the default filter's {@code Forwarded} was written for no
 * reader, and a client's own must not pass unchecked.</li>
 * <li>The session and CSRF cookies mean nothing to a service and must not leak to it.</li>
 * <li>The request id is forwarded; a client's Bearer token passes unchanged; a portal (session) request gets a
 * minted short-lived JWT for its user ({@link UserTokens}).</li>
 * </ul>
 */
public class ProxiedRequestHeaders implements HttpHeadersFilter.RequestHttpHeadersFilter {

    private static final Set<String> DROPPED;

    static {
        List<String> names = new ArrayList<>(RemoveHopByHopRequestHeadersFilter.HEADERS_REMOVED_ON_REQUEST);
        names.addAll(List.of(HttpHeaders.CONTENT_LENGTH, "forwarded", HttpHeaders.COOKIE, "x-xsrf-token"));
        DROPPED = Set.copyOf(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
    }

    private final UserTokens userTokens;
    private final XForwardedRequestHeadersFilter xForwarded;

    /** @param xForwarded Gateway's filter, or null when no trusted proxies are configured: then no X-Forwarded-* pass */
    public ProxiedRequestHeaders(UserTokens userTokens, XForwardedRequestHeadersFilter xForwarded) {
        this.userTokens = userTokens;
        this.xForwarded = xForwarded;
    }

    @Override
    public HttpHeaders apply(HttpHeaders input, ServerRequest request) {
        HttpHeaders headers = xForwarded != null ? xForwarded.apply(input, request) : withoutXForwarded(input);
        List<String> drop = null;
        for (String name : headers.headerNames()) {
            if (DROPPED.contains(name.toLowerCase(Locale.ROOT))) {
                (drop == null ? drop = new ArrayList<>(4) : drop).add(name);
            }
        }
        if (drop != null) {
            drop.forEach(headers::remove);
        }
        HttpServletRequest servlet = request.servletRequest();
        if (servlet.getAttribute(RequestIdFilter.ATTRIBUTE) instanceof String requestId) {
            headers.set(RequestIdFilter.HEADER, requestId);
        }
        String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (!bearer) {
            CurrentCaller.find().filter(p -> p.kind() == SifaPrincipal.Kind.STAFF).ifPresent(user ->
                    headers.setBearerAuth(userTokens.mint(user, issuerOf(servlet))));
        }
        return headers;
    }

    private static HttpHeaders withoutXForwarded(HttpHeaders input) {
        HttpHeaders copy = new HttpHeaders();
        input.forEach((name, values) -> {
            if (!name.regionMatches(true, 0, "X-Forwarded-", 0, 12)) {
                copy.addAll(name, values);
            }
        });
        return copy;
    }

    private static String issuerOf(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
