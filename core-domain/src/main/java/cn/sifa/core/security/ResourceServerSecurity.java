package cn.sifa.core.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A service running on its own (distributed mode) is an OAuth2 resource server: it validates every JWT itself
 * against the gateway's JWK set and never trusts identity headers. The standalone gateway has its own chains.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sifa.security.resource-server.enabled", havingValue = "true")
public class ResourceServerSecurity {

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
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemSecurityHandlers.entryPoint())
                        .accessDeniedHandler(ProblemSecurityHandlers.accessDenied()))
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(new SifaJwtConverter()))
                        .authenticationEntryPoint(ProblemSecurityHandlers.entryPoint())
                        .accessDeniedHandler(ProblemSecurityHandlers.accessDenied()));
        return http.build();
    }
}
