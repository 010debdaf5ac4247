package cn.sifa.core.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import cn.sifa.core.error.Problems;
import cn.sifa.core.error.SifaException;

/**
 * 401 and 403 raised by Spring Security filters answer problem+json like everything else under {@code /api/**},
 * never a redirect or an empty body; 401 carries {@code WWW-Authenticate}. Used by the gateway and the services.
 */
public final class ProblemSecurityHandlers {

    private ProblemSecurityHandlers() {
    }

    public static AuthenticationEntryPoint entryPoint() {
        return (request, response, ex) -> unauthorized(request, response, ex);
    }

    public static AccessDeniedHandler accessDenied() {
        return (request, response, ex) -> forbidden(request, response, ex);
    }

    public static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        boolean badToken = ex instanceof InvalidBearerTokenException;
        String challenge = badToken
                ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\""
                : "Bearer";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        write(response, Problems.of(HttpStatus.UNAUTHORIZED, URI.create(SifaException.TYPE_BASE + "unauthorized"), "未认证",
                badToken ? "访问令牌无效或已过期" : "需要登录或有效的访问令牌", request));
    }

    public static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        boolean csrf = ex instanceof org.springframework.security.web.csrf.CsrfException;
        write(response, Problems.of(HttpStatus.FORBIDDEN, URI.create(SifaException.TYPE_BASE + (csrf ? "csrf" : "forbidden")),
                "无权执行此操作", csrf ? "CSRF 令牌缺失或无效,请刷新页面后重试" : "当前用户没有执行此操作的权限", request));
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(Problems.PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(toJson(problem));
    }

    /** A small hand-written serializer: filters run before MVC's message converters are in reach. */
    public static String toJson(ProblemDetail problem) {
        StringBuilder sb = new StringBuilder("{");
        field(sb, "type", problem.getType() == null ? null : problem.getType().toString());
        field(sb, "title", problem.getTitle());
        sb.append("\"status\":").append(problem.getStatus()).append(',');
        field(sb, "detail", problem.getDetail());
        field(sb, "instance", problem.getInstance() == null ? null : problem.getInstance().toString());
        if (problem.getProperties() != null) {
            problem.getProperties().forEach((k, v) -> {
                if (v instanceof Number n) {
                    sb.append('"').append(escape(k)).append("\":").append(n).append(',');
                } else if (v != null) {
                    field(sb, k, String.valueOf(v));
                }
            });
        }
        if (sb.charAt(sb.length() - 1) == ',') {
            sb.setLength(sb.length() - 1);
        }
        return sb.append('}').toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append('"').append(escape(name)).append("\":\"").append(escape(value)).append("\",");
        }
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
