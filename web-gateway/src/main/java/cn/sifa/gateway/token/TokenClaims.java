package cn.sifa.gateway.token;

import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import cn.sifa.core.security.SifaJwtConverter;
import cn.sifa.gateway.client.ApiClientRegistry;

/**
 * Adds what services need to the client-credentials JWT: {@code division} (the client's division scope),
 * {@code kind=CLIENT} and {@code name}; the server already sets {@code sub}=client id and {@code scope}. The
 * header names the active key so verifiers select it among the published ones.
 */
@Component
public class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final SigningKeys keys;

    public TokenClaims(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        context.getJwsHeader().keyId(keys.activeKid());
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        var client = context.getRegisteredClient();
        context.getClaims()
                .claim(SifaJwtConverter.DIVISION, client.getClientSettings().<String>getSetting(ApiClientRegistry.DIVISION_SETTING))
                .claim(SifaJwtConverter.KIND, "CLIENT")
                .claim(SifaJwtConverter.NAME, client.getClientName());
    }
}
