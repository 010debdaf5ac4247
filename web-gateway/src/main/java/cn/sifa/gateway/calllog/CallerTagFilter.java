package cn.sifa.gateway.calllog;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.sifa.core.security.SifaAuthentication;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.gateway.client.ApiClientRegistry;

/**
 * Runs inside the security chains once the caller is known and notes who it is on the request, for the call log
 * and the rate limiter (which run outside or after Spring Security and cannot see its context themselves).
 */
public class CallerTagFilter extends OncePerRequestFilter {

    public static final String ATTRIBUTE = CallerTagFilter.class.getName() + ".caller";

    /** @param kind CLIENT, STAFF or ANONYMOUS */
    public record Caller(String subject, String kind, String divisionCode) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = callerOf(SecurityContextHolder.getContext().getAuthentication());
        if (caller != null) {
            request.setAttribute(ATTRIBUTE, caller);
        }
        chain.doFilter(request, response);
    }

    static Caller callerOf(Authentication auth) {
        if (auth instanceof SifaAuthentication sifa) {
            SifaPrincipal p = sifa.getPrincipal();
            return new Caller(p.subject(), p.kind() == SifaPrincipal.Kind.STAFF ? "STAFF" : "CLIENT", p.divisionCode());
        }
        if (auth instanceof OAuth2ClientAuthenticationToken client && client.isAuthenticated() && client.getRegisteredClient() != null) {
            var registered = client.getRegisteredClient();
            return new Caller(registered.getClientId(), "CLIENT",
                    registered.getClientSettings().<String>getSetting(ApiClientRegistry.DIVISION_SETTING));
        }
        return null;
    }

    public static Caller of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Caller c ? c : null;
    }
}
