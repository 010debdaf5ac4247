package cn.sifa.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * A service (distributed mode) validates tokens against the gateway's {@code /oauth2/jwks}, with the decoder Boot
 * builds plus {@link ResourceServerSecurity}'s customizer: the JWK set is fetched once, not per request, and again
 * only when a token names a key the set does not have (a rotation); a key no longer published fails.
 */
class CachedVerificationKeysTest {

    HttpServer gateway;
    final AtomicInteger fetches = new AtomicInteger();
    final AtomicReference<JWKSet> published = new AtomicReference<>();
    RSAKey first;
    RSAKey second;

    @BeforeEach
    void start() throws Exception {
        first = key("k1");
        second = key("k2");
        published.set(new JWKSet(first));
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/oauth2/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = published.get().toPublicJWKSet().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
    }

    @Test
    void theJwkSetIsFetchedOnceAndARotationOnceMore() {
        JwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + gateway.getAddress().getPort() + "/oauth2/jwks")
                .jwtProcessorCustomizer(CachedVerificationKeys::install).build();
        String byFirst = sign(first);

        for (int i = 0; i < 100; i++) {
            assertThat(decoder.decode(byFirst).getSubject()).isEqualTo("kaifu-county");
        }
        assertThat(fetches.get()).isEqualTo(1);

        // The gateway rotates: the new key's first token makes the service fetch the set again, once.
        published.set(new JWKSet(List.of(second, first)));
        String bySecond = sign(second);
        for (int i = 0; i < 20; i++) {
            assertThat(decoder.decode(bySecond).getSubject()).isEqualTo("kaifu-county");
            assertThat(decoder.decode(byFirst).getSubject()).isEqualTo("kaifu-county");
        }
        assertThat(fetches.get()).isEqualTo(2);

        // Forged signatures are still refused with the cached keys.
        assertThatThrownBy(() -> decoder.decode(byFirst.substring(0, byFirst.length() - 4) + "AAAA"))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void aKeyTheSourceNoLongerPublishesFailsAndOnlyPublicHalvesAreConverted() throws Exception {
        AtomicReference<JWKSet> set = new AtomicReference<>(new JWKSet(List.of(first, second))); // with private halves
        JwtDecoder decoder = NimbusJwtDecoder.withJwkSource((selector, context) -> selector.select(set.get()))
                .jwtProcessorCustomizer(CachedVerificationKeys::install).build();
        String byFirst = sign(first);
        assertThat(decoder.decode(byFirst).getSubject()).isEqualTo("kaifu-county");

        set.set(new JWKSet(second)); // the first key retired
        assertThatThrownBy(() -> decoder.decode(byFirst)).isInstanceOf(JwtException.class);
        assertThat(decoder.decode(sign(second)).getSubject()).isEqualTo("kaifu-county");

        CachedVerificationKeys selector = new CachedVerificationKeys(JWSAlgorithm.RS256::equals,
                new ImmutableJWKSet<SecurityContext>(new JWKSet(first)));
        assertThat(selector.selectJWSKeys(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), null))
                .singleElement().isInstanceOf(RSAPublicKey.class);
        assertThat(selector.selectJWSKeys(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(), null))
                .as("an algorithm the decoder does not accept").isEmpty();
    }

    private static RSAKey key(String kid) throws Exception {
        return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
    }

    private static String sign(RSAKey key) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("kaifu-county").issuedAt(now).expiresAt(now.plusSeconds(600)).build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))).encode(
                JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build(), claims))
                .getTokenValue();
    }
}
