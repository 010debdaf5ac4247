package cn.sifa.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A validated token is verified once per 30 s at most, never served past its expiry, and a bad one never remembered. */
class DecodedTokenCacheTest {

    static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

    final AtomicInteger verifications = new AtomicInteger();
    Instant now = T0;
    Instant expiresAt = T0.plus(Duration.ofMinutes(10));

    final JwtDecoder real = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("kaifu-county").issuedAt(T0).expiresAt(expiresAt).build();
    };

    final DecodedTokenCache cache = new DecodedTokenCache(real, new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void aValidTokenIsVerifiedOnceWithinThirtySecondsThenAgain() {
        for (int i = 0; i < 100; i++) {
            assertThat(cache.decode("good.token.sig").getSubject()).isEqualTo("kaifu-county");
        }
        assertThat(verifications).hasValue(1);
        now = T0.plusSeconds(31);
        cache.decode("good.token.sig");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenIsNeverServedPastItsExpiry() {
        expiresAt = T0.plusSeconds(5);
        cache.decode("good.short.sig");
        now = T0.plusSeconds(6);
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
