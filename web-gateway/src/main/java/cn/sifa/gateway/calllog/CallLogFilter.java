package cn.sifa.gateway.calllog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.sifa.core.web.RequestIdFilter;

/**
 * Logs every token request and API call (who, what, status, duration, request id) to {@code core_api_call_log}.
 * Sits just inside the request-id filter, outside Spring Security, so refused calls (401, 403, 429) are logged too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class CallLogFilter extends OncePerRequestFilter {

    private final CallLogWriter writer;

    public CallLogFilter(CallLogWriter writer) {
        this.writer = writer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.startsWith("/api/") || path.equals("/oauth2/token"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            int duration = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
            String path = request.getRequestURI();
            String kind = path.equals("/oauth2/token") ? "TOKEN" : path.equals("/api/auth/login") ? "LOGIN" : "API";
            CallerTagFilter.Caller caller = CallerTagFilter.of(request);
            String subject;
            String callerKind;
            String division = null;
            if (caller != null) {
                subject = caller.subject();
                callerKind = caller.kind();
                division = caller.divisionCode();
            } else {
                String claimed = "TOKEN".equals(kind) ? claimedClientId(request) : null;
                subject = claimed != null ? claimed : "anonymous";
                callerKind = claimed != null ? "CLIENT" : "ANONYMOUS";
            }
            Object loginUser = request.getAttribute(LOGIN_USERNAME);
            if (caller == null && loginUser instanceof String username) {
                subject = username;
                callerKind = "STAFF";
                // filed under the account's division, so its admins find it in 登录日志 (unknown names stay unfiled)
                division = request.getAttribute(LOGIN_DIVISION) instanceof String d ? d : null;
            }
            writer.record(new CallLogWriter.Entry(Instant.now(), subject, callerKind, kind, request.getMethod(), path,
                    response.getStatus(), duration, (String) request.getAttribute(RequestIdFilter.ATTRIBUTE), division,
                    request.getRemoteAddr()));
        }
    }

    /** Set by the login endpoint so a login attempt is logged under the username tried. */
    public static final String LOGIN_USERNAME = CallLogFilter.class.getName() + ".login";

    /** Set by the login endpoint to the division of the account tried, when there is one. */
    public static final String LOGIN_DIVISION = CallLogFilter.class.getName() + ".login-division";

    /** The client id a token request names (HTTP Basic or form), recorded even when authentication fails. */
    private static String claimedClientId(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return java.net.URLDecoder.decode(colon < 0 ? decoded : decoded.substring(0, colon), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        String param = request.getParameter("client_id");
        return param == null || param.isBlank() ? null : param;
    }
}
