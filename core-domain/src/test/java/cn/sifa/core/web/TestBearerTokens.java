package cn.sifa.core.web;

import java.time.Instant;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Core's own tests have no authorization server: this decoder accepts {@code test~division~scope+scope~subject} as a
 * bearer token so that tests over real HTTP (through Tomcat and every servlet filter) can authenticate.
 * Not in the shared test-jar.
 */
@Configuration(proxyBeanMethods = false)
public class TestBearerTokens {

    public static String token(String division, String scopes, String subject) {
        // Only RFC 6750 token characters: '~' separates, '+' joins scopes.
        return "test~" + division + "~" + scopes.replace(' ', '+') + "~" + subject;
    }

    @Bean
    JwtDecoder testJwtDecoder() {
        return token -> {
            String[] parts = token.split("~", -1);
            if (parts.length != 4 || !parts[0].equals("test")) {
                throw new BadJwtException("not a test token");
            }
            return Jwt.withTokenValue(token).header("alg", "none").subject(parts[3])
                    .claim("division", parts[1]).claim("scope", parts[2].replace('+', ' ')).claim("roles", List.of())
                    .issuedAt(Instant.now().minusSeconds(5)).expiresAt(Instant.now().plusSeconds(300)).build();
        };
    }
}
