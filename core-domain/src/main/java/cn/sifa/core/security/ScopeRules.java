package cn.sifa.core.security;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The one URL-level authorization rule, shared by the gateway's {@code /api/**} chain and every service's
 * {@link ResourceServerSecurity}: reading a service's API needs {@code <service>.read}, anything else
 * {@code <service>.write}; reports need {@code reports.read}; admin APIs need the SYSTEM_ADMIN role or the
 * {@code core.admin} scope; other core APIs need an authenticated caller and check finer rules themselves. Staff hold the union of their roles' scopes, so several roles add up, while the
 * division scope (the data filter) never widens. Finer rules (e.g. only AUDITOR reads the call log) stay in code.
 */
public final class ScopeRules {

    /** URL segment after {@code /api/} → scope prefix. */
    public static final List<String> SERVICES = List.of("mediation", "legal-aid", "review", "correction", "enforcement");

    private ScopeRules() {
    }

    public static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry apply(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.GET, "/api/core/v1/divisions/**", "/api/core/v1/dictionaries/**").permitAll();
        auth.requestMatchers("/api/core/v1/admin/**").hasAnyAuthority("ROLE_" + Role.SYSTEM_ADMIN.name(), "SCOPE_core.admin");
        for (String service : SERVICES) {
            String path = "/api/" + service + "/**";
            auth.requestMatchers(HttpMethod.GET, path).hasAuthority("SCOPE_" + service + ".read");
            auth.requestMatchers(HttpMethod.HEAD, path).hasAuthority("SCOPE_" + service + ".read");
            auth.requestMatchers(path).hasAuthority("SCOPE_" + service + ".write");
        }
        auth.requestMatchers("/api/reports/**").hasAuthority("SCOPE_reports.read");
        // Other core endpoints (deadlines worklist, notifications, holidays, organizations) serve callers of every
        // service and check finer rules themselves.
        auth.requestMatchers("/api/core/**").authenticated();
        return auth;
    }
}
