package cn.sifa.core.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;

import cn.sifa.core.error.ProblemAccessDeniedHandler;
import cn.sifa.core.error.ProblemAuthenticationEntryPoint;

/**
 * A service running on its own (distributed mode) is an OAuth2 resource server: it validates every JWT itself
 * against the gateway's JWK set and never trusts identity headers. The standalone gateway has its own chains;
 * both authorize URLs with the same {@link ScopeRules}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sifa.security.resource-server.enabled", havingValue = "true")
public class ResourceServerSecurity {

    /**
     * Boot builds the decoder from {@code jwk-set-uri}; nimbus caches the fetched JWK set (re-fetching it only when
     * it expires or a token names an unknown key), and this makes it convert each key to a Java key once too.
     */
    @Bean
    JwkSetUriJwtDecoderBuilderCustomizer cachedVerificationKeys() {
        return builder -> builder.jwtProcessorCustomizer(CachedVerificationKeys::install);
    }

    /**
     * No Spring Security observations, so its filters, authentication and authorization managers are not wrapped in
     * observation decorators on every request (the gateway does the same; docs/gateway-and-security.md).
     * {@code http.server.requests} still times each call.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain resourceServerChain(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus", "/error",
                            "/v3/api-docs/**").permitAll();
                    ScopeRules.apply(auth);
                    auth.anyRequest().authenticated();
                })
                // Errors raised in the security filters are problem+json like every other error.
                .exceptionHandling(e -> e.authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()))
                .oauth2ResourceServer(rs -> rs.bearerTokenResolver(new HeaderBearerTokenResolver())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new SifaJwtConverter()))
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()));
        return http.build();
    }
}
