package cn.sifa.core.security;

import java.security.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.SecretJWK;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;

/**
 * Selects the verification key of a JWS like nimbus's {@link JWSVerificationKeySelector}, but converts each JWK
 * to a Java key once: nimbus rebuilds the {@code RSAPublicKey} from the JWK's Base64URL fields (and, if the JWK
 * carries one, the private key too) on every token, which was a large share of a request's CPU. Only the public
 * half is ever converted. Keys are remembered by JWK value, so a JWK set that is re-read or re-fetched unchanged
 * keeps its converted keys, and a rotated set simply adds entries; the JWK source still decides which keys are
 * published (a retired key's JWK is no longer returned, so its tokens fail).
 */
public final class CachedVerificationKeys implements JWSKeySelector<SecurityContext> {

    private static final int MAX_REMEMBERED = 64;

    private final Predicate<JWSAlgorithm> allowed;
    private final JWKSource<SecurityContext> source;
    private final Map<JWK, Key> converted = new ConcurrentHashMap<>();

    public CachedVerificationKeys(Predicate<JWSAlgorithm> allowed, JWKSource<SecurityContext> source) {
        this.allowed = allowed;
        this.source = source;
    }

    /**
     * For {@code NimbusJwtDecoder} builders' {@code jwtProcessorCustomizer}: replaces the builder's
     * {@link JWSVerificationKeySelector} by one that converts keys once (same algorithms, same JWK source).
     */
    @SuppressWarnings("unchecked")
    public static void install(ConfigurableJWTProcessor<SecurityContext> processor) {
        if (processor.getJWSKeySelector() instanceof JWSVerificationKeySelector<SecurityContext> selector) {
            processor.setJWSKeySelector(new CachedVerificationKeys(selector::isAllowed, selector.getJWKSource()));
        }
    }

    @Override
    public List<Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
        if (!allowed.test(header.getAlgorithm())) {
            return List.of();
        }
        List<JWK> matches = source.get(new JWKSelector(JWKMatcher.forJWSHeader(header)), context);
        List<Key> keys = new ArrayList<>(matches.size());
        for (JWK jwk : matches) {
            Key key = converted.get(jwk);
            if (key == null) {
                key = toVerificationKey(jwk);
                if (key == null) {
                    continue;
                }
                if (converted.size() >= MAX_REMEMBERED) {
                    converted.clear(); // many rotations: start over rather than grow
                }
                converted.put(jwk, key);
            }
            keys.add(key);
        }
        return keys;
    }

    private static Key toVerificationKey(JWK jwk) throws KeySourceException {
        try {
            if (jwk instanceof AsymmetricJWK asymmetric) {
                return asymmetric.toPublicKey();
            }
            if (jwk instanceof SecretJWK secret) {
                return secret.toSecretKey();
            }
            return null;
        } catch (JOSEException e) {
            throw new KeySourceException("JWK " + jwk.getKeyID() + " 无法转换为验证密钥", e);
        }
    }
}
