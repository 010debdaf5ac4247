package cn.sifa.gateway.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.SifaApplication;

/**
 * Token validation runs on every API call: it must not read {@code core_signing_key} (or anything else) per
 * request, and must still follow rotations, including one made by another gateway instance, and retirements.
 * Each test uses its own {@link SigningKeys} on a connection-counting data source and a clock it moves.
 */
@SifaIntegrationTest(classes = SifaApplication.class)
class VerificationKeysTest {

    @Autowired
    DataSource dataSource;

    CountingDataSource counted;
    MovableClock clock;
    SigningKeys keys;
    JwtDecoder decoder;

    @BeforeEach
    void ownKeys() {
        counted = new CountingDataSource(dataSource);
        clock = new MovableClock(Instant.now());
        keys = new SigningKeys(JdbcClient.create(counted), Duration.ofMinutes(10), Duration.ofMinutes(3), clock);
        decoder = keys.decoder();
    }

    @AfterEach
    void stop() {
        keys.destroy();
    }

    @Test
    void repeatedDecodesReadNoSqlAndTheDecoderSeesPublicKeysOnly() throws Exception {
        String token = sign(keys, keys.activeKid());
        decoder.decode(token);
        counted.connections.set(0);

        for (int i = 0; i < 200; i++) {
            assertThat(decoder.decode(token).getSubject()).isEqualTo("kaifu-county");
        }
        assertThatThrownBy(() -> decoder.decode(token.substring(0, token.length() - 4) + "AAAA"))
                .isInstanceOf(JwtException.class);
        assertThat(counted.connections.get()).as("connections taken while validating tokens").isZero();

        List<JWK> published = keys.verificationKeys().get(new JWKSelector(new JWKMatcher.Builder().build()), null);
        assertThat(published).isNotEmpty().noneMatch(JWK::isPrivate);
    }

    @Test
    void aFreshlyRotatedKeyValidatesAndARetiredOneStopsAtItsRetirement() {
        String oldToken = sign(keys, keys.activeKid());
        decoder.decode(oldToken);

        String newKid = keys.rotate();
        String newToken = sign(keys, newKid);

        assertThat(decoder.decode(newToken).getSubject()).isEqualTo("kaifu-county");
        assertThat(decoder.decode(oldToken).getSubject()).isEqualTo("kaifu-county"); // until its tokens have expired

        clock.advance(Duration.ofMinutes(13)); // past the longest token life (10 min) plus 2 min skew
        assertThatThrownBy(() -> decoder.decode(oldToken)).isInstanceOf(JwtException.class);
        assertThat(decoder.decode(newToken).getSubject()).isEqualTo("kaifu-county");
    }

    @Test
    void aKeyRotatedByAnotherInstanceIsLoadedOnceWhenItsFirstTokenArrives() {
        decoder.decode(sign(keys, keys.activeKid()));
        SigningKeys otherInstance = new SigningKeys(JdbcClient.create(dataSource), Duration.ofMinutes(10),
                Duration.ofMinutes(3), Clock.systemUTC());
        try {
            String otherKid = otherInstance.rotate();
            String token = sign(otherInstance, otherKid);
            counted.connections.set(0);

            assertThat(decoder.decode(token).getSubject()).isEqualTo("kaifu-county");
            assertThat(decoder.decode(token).getSubject()).isEqualTo("kaifu-county");
            assertThat(counted.connections.get()).as("one re-read for the unknown key, then none").isEqualTo(1);

            // Tokens naming keys nobody has are refused, and do not make every request read the table again.
            String forged = sign(otherInstance, "sifa-no-such-key");
            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(JwtException.class);
            }
            assertThat(counted.connections.get()).isEqualTo(1);
        } finally {
            otherInstance.destroy();
        }
    }

    private static String sign(SigningKeys signer, String kid) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("kaifu-county").issuedAt(now).expiresAt(now.plusSeconds(600))
                .claim("kind", "CLIENT").claim("division", "430105").claim("scope", List.of("mediation.read")).build();
        // The header names the kid; the encoder signs with the key of that id (any published key, for the forged case
        // the active one is picked by kid and fails, so sign with the active key and rename it afterwards).
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(signer.activeKid()).build();
        String token = new NimbusJwtEncoder(signer).encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        if (kid.equals(signer.activeKid())) {
            return token;
        }
        // A different kid in the header: the signature no longer matches either, as for any forged token.
        String headerJson = "{\"kid\":\"" + kid + "\",\"alg\":\"RS256\"}";
        String encoded = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(headerJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return encoded + token.substring(token.indexOf('.'));
    }

    /** Counts the connections taken: JdbcClient takes one per statement outside a transaction. */
    static final class CountingDataSource extends DelegatingDataSource {
        final AtomicInteger connections = new AtomicInteger();

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            return super.getConnection();
        }
    }

    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

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
    }
}
