package cn.sifa.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import cn.sifa.core.testing.TestClock;

/** A validated token is verified once per 30 s at most, never served past its expiry, and a bad one never remembered. */
class DecodedTokenCacheTest {

    final TestClock clock = new TestClock();
    final Instant issuedAt = clock.instant();
    Instant expiresAt = issuedAt.plus(Duration.ofMinutes(10));

    final AtomicInteger verifications = new AtomicInteger();

    final JwtDecoder real = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("kaifu-county").issuedAt(issuedAt).expiresAt(expiresAt).build();
    };

    final DecodedTokenCache cache = new DecodedTokenCache(real, clock);

    @Test
    void aValidTokenIsVerifiedOnceWithinThirtySecondsThenAgain() {
        for (int i = 0; i < 100; i++) {
            assertThat(cache.decode("good.token.sig").getSubject()).isEqualTo("kaifu-county");
        }
        assertThat(verifications).hasValue(1);
        clock.advance(Duration.ofSeconds(31));
        cache.decode("good.token.sig");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenIsNeverServedPastItsExpiry() {
        expiresAt = issuedAt.plusSeconds(5);
        cache.decode("good.short.sig");
        clock.advance(Duration.ofSeconds(6));
        cache.decode("good.short.sig");
        assertThat(verifications).as("verified again once expired (the real decoder decides)").hasValue(2);
    }

    @Test
    void aRejectedTokenIsNeverRememberedAndAnAlteredOneIsVerifiedAfresh() {
        assertThatThrownBy(() -> cache.decode("forged.token.sig")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged.token.sig")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
        cache.decode("good.token.sig");
        assertThatThrownBy(() -> cache.decode("goOd.token.sig")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(4);
    }
}
