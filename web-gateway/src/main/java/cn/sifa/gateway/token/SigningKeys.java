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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

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
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.sifa.core.security.CachedVerificationKeys;

/**
 * The RSA keys that sign every Sifa JWT, kept in {@code core_signing_key} so tokens survive restarts and every
 * gateway instance signs with the same key. One key is active (it signs); {@link #rotate()} makes a new one
 * active and keeps the old one in the JWK set until its last token has expired.
 * <p>
 * Token validation runs on every API call, so it must not touch the database: the keys are read and converted
 * once and kept in memory. The set is re-read in the background when older than {@link #CACHE_TTL} (the request
 * that notices goes on with the set it has), so a rotation made by another instance is picked up within that
 * time; a token naming a key this instance has never seen triggers an immediate re-read (at most one per
 * {@link #UNKNOWN_KEY_RELOAD_INTERVAL}, so forged key ids cannot hammer the database). A retired key drops out
 * of the set the moment its {@code retire_after} passes, without a re-read.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    static final Duration UNKNOWN_KEY_RELOAD_INTERVAL = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration longestTokenLife;
    private final AtomicReference<Cached> cached = new AtomicReference<>();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Instant lastUnknownKeyReload = Instant.EPOCH;
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "signing-keys-refresh");
        t.setDaemon(true);
        return t;
    });

    /** A key as published: with its private half (signing, only the active one is used), its public half (verifying). */
    private record Key(JWK withPrivate, JWK publicOnly, boolean active, Instant retireAfter) {
        boolean validAt(Instant now) {
            return active || retireAfter == null || retireAfter.isAfter(now);
        }
    }

    private record Cached(List<Key> keys, JWKSet signing, JWKSet verifying, String activeKid, Instant loadedAt,
                          Instant firstRetirement) {

        static Cached of(List<Key> keys, Instant loadedAt) {
            String active = keys.stream().filter(Key::active).map(k -> k.publicOnly().getKeyID()).findFirst().orElse(null);
            Instant first = keys.stream().filter(k -> !k.active() && k.retireAfter() != null).map(Key::retireAfter)
                    .min(Instant::compareTo).orElse(null);
            return new Cached(keys, new JWKSet(keys.stream().map(Key::withPrivate).toList()),
                    new JWKSet(keys.stream().map(Key::publicOnly).toList()), active, loadedAt, first);
        }

        /** This set as of {@code now}: the same object unless a retired key's time has come. */
        Cached at(Instant now) {
            if (firstRetirement == null || firstRetirement.isAfter(now)) {
                return this;
            }
            return of(keys.stream().filter(k -> k.validAt(now)).toList(), loadedAt);
        }
    }

    @Autowired
    public SigningKeys(JdbcClient jdbc, @Value("${sifa.tokens.access-token-ttl:10m}") Duration accessTokenTtl,
                       @Value("${sifa.tokens.user-token-ttl:3m}") Duration userTokenTtl) {
        this(jdbc, accessTokenTtl, userTokenTtl, Clock.systemUTC());
    }

    SigningKeys(JdbcClient jdbc, Duration accessTokenTtl, Duration userTokenTtl, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        // A retired key stays published for the life of the longest token it may have signed, plus clock skew.
        this.longestTokenLife = (accessTokenTtl.compareTo(userTokenTtl) > 0 ? accessTokenTtl : userTokenTtl).plusMinutes(2);
    }

    /** For the encoder and {@code /oauth2/jwks} (which publishes the public halves only). */
    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(current().signing());
    }

    /**
     * For the JWT decoder: the public keys only (never the private halves, which nimbus would convert on every
     * token), re-read at once when a token names a key id not in the set.
     */
    public JWKSource<SecurityContext> verificationKeys() {
        return (selector, context) -> {
            List<JWK> matches = selector.select(current().verifying());
            if (matches.isEmpty() && mayReloadForUnknownKey()) {
                matches = selector.select(reload().at(clock.instant()).verifying());
            }
            return matches;
        };
    }

    /** The JWT decoder of this gateway: {@link #verificationKeys()}, each key converted to a Java key once. */
    public JwtDecoder decoder() {
        return NimbusJwtDecoder.withJwkSource(verificationKeys())
                .jwtProcessorCustomizer(CachedVerificationKeys::install)
                .build();
    }

    /** The kid of the key that signs new tokens; JWS headers name it so verifiers pick the right key. */
    public String activeKid() {
        return current().activeKid();
    }

    /** Public keys only, for {@code /oauth2/jwks} and the admin view. */
    public JWKSet publicSet() {
        return current().verifying();
    }

    /** Adds a new active key; the previous one keeps validating its tokens until they expire. */
    @Transactional
    public String rotate() {
        Instant now = clock.instant();
        jdbc.sql("update core_signing_key set active = false, retire_after = :retire where active")
                .param("retire", Timestamp.from(now.plus(longestTokenLife))).update();
        String kid = insertNewKey(now);
        cached.set(null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // A request may have re-read the keys between the update and the commit.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cached.set(null);
                }
            });
        }
        log.info("Signing key rotated: new active key {}", kid);
        return kid;
    }

    private Cached current() {
        Cached c = cached.get();
        if (c == null) {
            return reload().at(clock.instant());
        }
        Instant now = clock.instant();
        if (c.loadedAt().plus(CACHE_TTL).isBefore(now) && refreshing.compareAndSet(false, true)) {
            Cached seen = c;
            try {
                refresher.execute(() -> {
                    try {
                        cached.compareAndSet(seen, load()); // not over a rotation made meanwhile
                    } catch (RuntimeException e) {
                        log.warn("Signing keys not re-read, keeping the current set: {}", e.getMessage());
                    } finally {
                        refreshing.set(false);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                refreshing.set(false);
            }
        }
        return c.at(now);
    }

    private boolean mayReloadForUnknownKey() {
        Instant now = clock.instant();
        synchronized (this) {
            if (lastUnknownKeyReload.plus(UNKNOWN_KEY_RELOAD_INTERVAL).isAfter(now)) {
                return false;
            }
            lastUnknownKeyReload = now;
            return true;
        }
    }

    private Cached reload() {
        Cached fresh = load();
        cached.set(fresh);
        return fresh;
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
        List<Key> keys = new ArrayList<>(rows.size());
        for (Row row : rows) {
            keys.add(row.toKey());
        }
        return Cached.of(keys, now);
    }

    private List<Row> rows(Instant now) {
        return jdbc.sql("""
                        select kid, public_key, private_key, active, retire_after from core_signing_key
                        where active or retire_after > :now order by active desc, created_at desc
                        """)
                .param("now", Timestamp.from(now))
                .query((rs, i) -> {
                    Timestamp retire = rs.getTimestamp("retire_after");
                    return new Row(rs.getString("kid"), rs.getString("public_key"), rs.getString("private_key"),
                            rs.getBoolean("active"), retire == null ? null : retire.toInstant());
                })
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

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }

    private record Row(String kid, String publicKey, String privateKey, boolean active, Instant retireAfter) {
        Key toKey() {
            try {
                KeyFactory factory = KeyFactory.getInstance("RSA");
                Base64.Decoder b64 = Base64.getDecoder();
                RSAPublicKey pub = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(b64.decode(publicKey)));
                RSAPrivateKey priv = (RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(b64.decode(privateKey)));
                RSAKey full = new RSAKey.Builder(pub).privateKey(priv).keyID(kid).keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.RS256).build();
                return new Key(full, full.toPublicJWK(), active, retireAfter);
            } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
                throw new IllegalStateException("签名密钥 " + kid + " 无法读取", e);
            }
        }
    }
}
