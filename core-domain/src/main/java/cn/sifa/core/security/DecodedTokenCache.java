package cn.sifa.core.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers a bearer token that passed validation for a short while, so that a client calling again with the same
 * token is not verified again: checking the RSA signature and parsing the token was about 10 % of a case lookup's
 * CPU (issue 15 profile), and a county system sends the same token with every call of its session.
 * <ul>
 * <li>Only a token the real decoder accepted is remembered, under its whole text (signature included), so a token
 *     that differs in one character is verified afresh.</li>
 * <li>It is remembered for at most {@value #SECONDS} seconds and never past its own {@code exp}, measured on the
 *     system clock as the decoder's timestamp validator measures it. A signing key retired or replaced therefore
 *     stops working as quickly as the key set is re-read (also every 30 s, {@link CachedVerificationKeys}).</li>
 * <li>At most {@value #MAX_ENTRIES} tokens; when full, the cache starts over.</li>
 * </ul>
 * Every {@link JwtDecoder} bean (the gateway's own, a service's from the gateway's JWK set) is wrapped by
 * {@link Wrapping}.
 */
public final class DecodedTokenCache implements JwtDecoder {

    static final int SECONDS = 30;
    static final int MAX_ENTRIES = 2_000;

    private record Entry(Jwt jwt, Instant until) {
    }

    private final JwtDecoder decoder;
    private final Clock clock;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    public DecodedTokenCache(JwtDecoder decoder) {
        this(decoder, Clock.systemUTC());
    }

    DecodedTokenCache(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Entry entry = entries.get(token);
        if (entry != null && now.isBefore(entry.until())) {
            return entry.jwt();
        }
        Jwt jwt = decoder.decode(token);
        Instant until = now.plus(Duration.ofSeconds(SECONDS));
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(until)) {
            until = jwt.getExpiresAt();
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(token, new Entry(jwt, until));
        return jwt;
    }

    /** Wraps every {@link JwtDecoder} bean of the application in a {@link DecodedTokenCache}. */
    @Configuration(proxyBeanMethods = false)
    static class Wrapping {

        @Bean
        static BeanPostProcessor decodedTokenCache() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof JwtDecoder decoder && !(bean instanceof DecodedTokenCache)
                            ? new DecodedTokenCache(decoder) : bean;
                }
            };
        }
    }
}
