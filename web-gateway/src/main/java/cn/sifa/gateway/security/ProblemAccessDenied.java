package cn.sifa.gateway.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import cn.sifa.core.error.ProblemAccessDeniedHandler;
import cn.sifa.core.error.ProblemWriter;
import cn.sifa.core.error.Problems;
import cn.sifa.core.error.SifaException;

/** 403 problem+json; a missing or stale CSRF token gets its own type so the portal can refresh and retry. */
class ProblemAccessDenied implements AccessDeniedHandler {

    private final ProblemAccessDeniedHandler forbidden = new ProblemAccessDeniedHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex) throws IOException {
        if (ex instanceof CsrfException) {
            ProblemWriter.write(response, Problems.of(HttpStatus.FORBIDDEN, URI.create(SifaException.TYPE_BASE + "csrf"),
                    "无权执行此操作", "CSRF 令牌缺失或无效,请刷新页面后重试", request));
            return;
        }
        forbidden.handle(request, response, ex);
    }
}
