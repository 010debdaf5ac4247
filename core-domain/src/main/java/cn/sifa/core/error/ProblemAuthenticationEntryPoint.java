package cn.sifa.core.error;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 from Spring Security's filters as problem+json. The bearer-token entry point still sets the status and the
 * {@code WWW-Authenticate} challenge (with {@code error="invalid_token"} when a token was refused).
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) throws IOException {
        challenge.commence(request, response, ex);
        ProblemWriter.write(response, Problems.of(HttpStatus.UNAUTHORIZED, URI.create(SifaException.TYPE_BASE + "unauthorized"),
                "未认证", "需要登录或有效的访问令牌", request));
    }
}
