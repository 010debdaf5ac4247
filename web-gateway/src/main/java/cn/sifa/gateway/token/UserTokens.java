package cn.sifa.gateway.token;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaJwtConverter;
import cn.sifa.core.security.SifaPrincipal;

/**
 * Distributed mode: a portal request reaches a service with a JWT minted here for the session's user, from the
 * same issuer and keys as client tokens, living only a few minutes. The service turns it into the same
 * {@link SifaPrincipal} with {@link SifaJwtConverter}, so it sees staff and API clients alike.
 */
@Component
public class UserTokens {

    private static final int MAX_CACHED = 10_000;

    private final JwtEncoder encoder;
    private final SigningKeys keys;
    private final Duration ttl;
    /**
     * Signing (an RSA private-key operation) on every proxied portal request would cost more than the proxying, so
     * a user's token is reused while it has more than half its life left. The key is the whole principal (roles,
     * scopes, division …), the issuer and the signing key: any change, or a rotation, mints a new one.
     */
    private final Map<CacheKey, Minted> minted = new ConcurrentHashMap<>();

    private record CacheKey(SifaPrincipal user, String issuer, String kid) {
    }

    private record Minted(String token, Instant reuseUntil) {
    }

    public UserTokens(JwtEncoder encoder, SigningKeys keys, @Value("${sifa.tokens.user-token-ttl:3m}") Duration ttl) {
        this.encoder = encoder;
        this.keys = keys;
        this.ttl = ttl;
    }

    public String mint(SifaPrincipal user, String issuer) {
        Instant now = Instant.now();
        CacheKey key = new CacheKey(user, issuer, keys.activeKid());
        Minted cached = minted.get(key);
        if (cached != null && cached.reuseUntil().isAfter(now)) {
            return cached.token();
        }
        if (minted.size() >= MAX_CACHED) {
            minted.clear();
        }
        String token = sign(user, issuer, key.kid(), now);
        minted.put(key, new Minted(token, now.plus(ttl.dividedBy(2))));
        return token;
    }

    private String sign(SifaPrincipal user, String issuer, String kid, Instant now) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .subject(user.subject())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(ttl))
                .claim(SifaJwtConverter.KIND, user.kind().name())
                .claim(SifaJwtConverter.DIVISION, user.divisionCode())
                .claim(SifaJwtConverter.NAME, user.displayName())
                .claim(SifaJwtConverter.ROLES, user.roles().stream().map(Role::name).sorted().toList())
                .claim("scope", List.copyOf(user.scopes()));
        if (issuer != null) {
            claims.issuer(issuer);
        }
        if (user.organizationId() != null) {
            claims.claim(SifaJwtConverter.ORGANIZATION, user.organizationId().toString());
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(kid).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }
}
