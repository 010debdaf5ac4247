package cn.sifa.gateway.token;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The RSA keys that sign every Sifa JWT, kept in {@code core_signing_key} so tokens survive restarts and every
 * gateway instance signs with the same key. One key is active (it signs); {@link #rotate()} makes a new one
 * active and keeps the old one in the JWK set until its last token has expired. The set is cached briefly so
 * that a rotation made by another instance is picked up within {@link #CACHE_TTL}.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    static final Duration CACHE_TTL = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration longestTokenLife;
    private volatile Cached cached;

    private record Cached(JWKSet set, String activeKid, Instant loadedAt) {
    }

    public SigningKeys(JdbcClient jdbc, @Value("${sifa.tokens.access-token-ttl:10m}") Duration accessTokenTtl,
                       @Value("${sifa.tokens.user-token-ttl:3m}") Duration userTokenTtl) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
        // A retired key stays published for the life of the longest token it may have signed, plus clock skew.
        this.longestTokenLife = (accessTokenTtl.compareTo(userTokenTtl) > 0 ? accessTokenTtl : userTokenTtl).plusMinutes(2);
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(current().set());
    }

    /** The kid of the key that signs new tokens; JWS headers name it so verifiers pick the right key. */
    public String activeKid() {
        return current().activeKid();
    }

    /** Public keys only, for {@code /oauth2/jwks} and the admin view. */
    public JWKSet publicSet() {
        return current().set().toPublicJWKSet();
    }

    /** Adds a new active key; the previous one keeps validating its tokens until they expire. */
    @Transactional
    public String rotate() {
        Instant now = clock.instant();
        jdbc.sql("update core_signing_key set active = false, retire_after = :retire where active")
                .param("retire", Timestamp.from(now.plus(longestTokenLife))).update();
        String kid = insertNewKey(now);
        cached = null;
        log.info("Signing key rotated: new active key {}", kid);
        return kid;
    }

    private Cached current() {
        Cached c = cached;
        if (c == null || c.loadedAt().plus(CACHE_TTL).isBefore(clock.instant())) {
            c = load();
            cached = c;
        }
        return c;
    }

    private synchronized Cached load() {
        Instant now = clock.instant();
        List<Row> rows = rows(now);
        if (rows.stream().noneMatch(Row::active)) {
            // First start (or every key retired by hand): make one. The unique index keeps concurrent starts to one.
            try {
                insertNewKey(now);
            } catch (org.springframework.dao.DataIntegrityViolationException raced) {
                log.debug("Another instance created the signing key first");
            }
            rows = rows(now);
        }
        List<JWK> keys = new ArrayList<>();
        String active = null;
        for (Row row : rows) {
            keys.add(row.toJwk());
            if (row.active()) {
                active = row.kid();
            }
        }
        return new Cached(new JWKSet(keys), active, now);
    }

    private List<Row> rows(Instant now) {
        return jdbc.sql("""
                        select kid, public_key, private_key, active from core_signing_key
                        where active or retire_after > :now order by active desc, created_at desc
                        """)
                .param("now", Timestamp.from(now))
                .query((rs, i) -> new Row(rs.getString("kid"), rs.getString("public_key"), rs.getString("private_key"),
                        rs.getBoolean("active")))
                .list();
    }

    private String insertNewKey(Instant now) {
        KeyPair pair = generate();
        String kid = "sifa-" + now.toString().substring(0, 10) + "-" + UUID.randomUUID().toString().substring(0, 8);
        Base64.Encoder b64 = Base64.getEncoder();
        jdbc.sql("""
                        insert into core_signing_key (kid, public_key, private_key, created_at, active)
                        values (:kid, :pub, :priv, :at, true)
                        """)
                .param("kid", kid)
                .param("pub", b64.encodeToString(pair.getPublic().getEncoded()))
                .param("priv", b64.encodeToString(pair.getPrivate().getEncoded()))
                .param("at", Timestamp.from(now))
                .update();
        return kid;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Row(String kid, String publicKey, String privateKey, boolean active) {
        JWK toJwk() {
            try {
                KeyFactory factory = KeyFactory.getInstance("RSA");
                Base64.Decoder b64 = Base64.getDecoder();
                RSAPublicKey pub = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(b64.decode(publicKey)));
                RSAPrivateKey priv = (RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(b64.decode(privateKey)));
                return new RSAKey.Builder(pub).privateKey(priv).keyID(kid).keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.RS256).build();
            } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
                throw new IllegalStateException("签名密钥 " + kid + " 无法读取", e);
            }
        }
    }
}
