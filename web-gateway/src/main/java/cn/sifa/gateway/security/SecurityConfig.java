package cn.sifa.gateway.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

import cn.sifa.core.error.ProblemAuthenticationEntryPoint;
import cn.sifa.core.security.HeaderBearerTokenResolver;
import cn.sifa.core.security.ScopeRules;
import cn.sifa.core.security.SifaJwtConverter;
import cn.sifa.gateway.calllog.CallerTagFilter;
import cn.sifa.gateway.client.ApiClientRegistry;
import cn.sifa.gateway.ratelimit.RateLimiter;
import cn.sifa.gateway.token.DefaultScopes;
import cn.sifa.gateway.token.SigningKeys;
import cn.sifa.gateway.token.StatelessAuthorizations;

/**
 * Three filter chains. (1) The authorization server's endpoints ({@code /oauth2/token}, {@code /oauth2/jwks}, …).
 * (2) {@code /api/**}: a portal session or a Bearer JWT from our own server, both ending as the same
 * {@code SifaAuthentication}; CSRF only for session requests; {@link ScopeRules} decide; errors are problem+json.
 * (3) Everything else: the portal, Swagger UI and actuator, with the portal's Content-Security-Policy.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /**
     * No Spring Security observations at all, so Spring Security does not even wrap its filters, authentication and
     * authorization managers in observation decorators: {@code management.observations.enable.spring.security=false}
     * (application.yml) only made those observations no-ops, each still created per filter and per request.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        return new NimbusJwtEncoder(keys);
    }

    /** Verifies with the cached public keys only, each converted once: no SQL and no key parsing per request. */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys) {
        return keys.decoder();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${sifa.issuer:}") String issuer) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (!issuer.isBlank()) {
            settings.issuer(issuer);
        }
        return settings.build();
    }

    @Bean
    CookieCsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookiePath("/");
        return repository;
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, ApiClientRegistry clients, RateLimiter rateLimiter)
            throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.registeredClientRepository(clients)
                        .authorizationService(new StatelessAuthorizations())
                        .tokenEndpoint(token -> token.accessTokenRequestConverter(new DefaultScopes())))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
                .headers(SecurityConfig::headers)
                .addFilterAfter(rateLimiter.beforeAuthentication(), HeaderWriterFilter.class)
                .addFilterAfter(new CallerTagFilter(), ExceptionTranslationFilter.class)
                .addFilterAfter(rateLimiter.filter(), CallerTagFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, JwtDecoder jwtDecoder, StaffSessionRepository sessions,
                                 CookieCsrfTokenRepository csrfTokens, RateLimiter rateLimiter) throws Exception {
        http.securityMatcher("/api/**")
                .securityContext(c -> c.securityContextRepository(sessions))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(bearerToken(), noAmbientCredentials()))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/api/auth/login", "/api/auth/logout", "/api/auth/me").permitAll();
                    ScopeRules.apply(auth);
                    auth.anyRequest().authenticated();
                })
                .oauth2ResourceServer(rs -> rs.bearerTokenResolver(new HeaderBearerTokenResolver())
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(new SifaJwtConverter()))
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
                        .accessDeniedHandler(new ProblemAccessDenied()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
                        .accessDeniedHandler(new ProblemAccessDenied()))
                .headers(SecurityConfig::headers)
                .addFilterAfter(new CallerTagFilter(), ExceptionTranslationFilter.class)
                .addFilterAfter(rateLimiter.filter(), CallerTagFilter.class);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webChain(HttpSecurity http, StaffSessionRepository sessions, CookieCsrfTokenRepository csrfTokens,
                                 @Value("${sifa.docs.require-login:false}") boolean docsRequireLogin) throws Exception {
        http.securityContext(c -> c.securityContextRepository(sessions))
                // The gateway forwards a failed write to a down service to its 503 fallback: the write was already
                // checked by the API chain, so the forward must not be refused as a CSRF failure (403).
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers("/internal/service-unavailable"))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .authorizeHttpRequests(auth -> {
                    if (docsRequireLogin) {
                        auth.requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/api-docs/**").authenticated();
                    }
                    auth.anyRequest().permitAll();
                })
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    if (wantsHtml(request)) {
                        response.sendRedirect("/login?redirect=" + java.net.URLEncoder.encode(request.getRequestURI(),
                                java.nio.charset.StandardCharsets.UTF_8));
                    } else {
                        new ProblemAuthenticationEntryPoint().commence(request, response, ex);
                    }
                }).accessDeniedHandler(new ProblemAccessDenied()))
                .headers(headers -> headers(headers.cacheControl(c -> c.disable())).addObjectPostProcessor(WRITE_EAGERLY))
                .addFilterAfter(new CsrfCookieFilter(), org.springframework.security.web.csrf.CsrfFilter.class);
        return http.build();
    }

    /**
     * The portal's chain writes its headers before the request runs, not when the response commits: "/" forwards to
     * index.html, and a forward without a body (HEAD, a 304 revalidation) is committed by the container behind the
     * header writer's back, so those answers went out without CSP, X-Frame-Options and nosniff.
     */
    static final ObjectPostProcessor<HeaderWriterFilter> WRITE_EAGERLY = new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    };

    /** nosniff, frame-ancestors none (CSP and X-Frame-Options), HSTS only on TLS requests (Spring's default). */
    static HeadersConfigurer<HttpSecurity> headers(HeadersConfigurer<HttpSecurity> headers) {
        return headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }

    /** Portal pages get the XSRF-TOKEN cookie with the HTML, so the first POST (login) can send it back. */
    static final class CsrfCookieFilter extends org.springframework.web.filter.OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                        jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, java.io.IOException {
            String path = request.getRequestURI();
            String last = path.substring(path.lastIndexOf('/') + 1);
            if ("GET".equals(request.getMethod()) && (!last.contains(".") || last.endsWith(".html"))
                    && request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName())
                    instanceof org.springframework.security.web.csrf.CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }

    static RequestMatcher bearerToken() {
        return request -> {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        };
    }

    /**
     * A request without any cookie carries no session a forged page could ride on, so CSRF has nothing to protect:
     * it goes on to authorization and answers 401 (CONVENTIONS), not a CSRF 403 (found by the access matrix, issue 16).
     * The portal's own login endpoints keep CSRF whatever they carry (login CSRF).
     */
    static RequestMatcher noAmbientCredentials() {
        return request -> request.getHeader(HttpHeaders.COOKIE) == null
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/auth/");
    }

    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }
}
