package cn.sifa.gateway.token;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

    private final JwtEncoder encoder;
    private final SigningKeys keys;
    private final Duration ttl;

    public UserTokens(JwtEncoder encoder, SigningKeys keys, @Value("${sifa.tokens.user-token-ttl:3m}") Duration ttl) {
        this.encoder = encoder;
        this.keys = keys;
        this.ttl = ttl;
    }

    public String mint(SifaPrincipal user, String issuer) {
        Instant now = Instant.now();
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
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.activeKid()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }
}
