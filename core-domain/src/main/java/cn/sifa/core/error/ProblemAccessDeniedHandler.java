package cn.sifa.core.error;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 from Spring Security's filters as problem+json, keeping the bearer-token {@code WWW-Authenticate} header. */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final BearerTokenAccessDeniedHandler challenge = new BearerTokenAccessDeniedHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex) throws IOException {
        challenge.handle(request, response, ex);
        ProblemWriter.write(response, Problems.of(HttpStatus.FORBIDDEN, URI.create(SifaException.TYPE_BASE + "forbidden"),
                "无权执行此操作", "当前用户没有执行此操作的权限", request));
    }
}
