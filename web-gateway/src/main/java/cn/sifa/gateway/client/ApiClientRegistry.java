package cn.sifa.gateway.client;

import java.util.UUID;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.security.CurrentCaller;

/**
 * Spring Authorization Server reads clients from {@code core_api_client} through this adapter: client-credentials
 * only, HTTP Basic or form authentication, self-contained JWTs that live {@link #ACCESS_TOKEN_TTL}. A disabled
 * client is unknown to the server, so it can no longer get tokens.
 */
@Component
public class ApiClientRegistry implements RegisteredClientRepository {

    public static final java.time.Duration ACCESS_TOKEN_TTL = java.time.Duration.ofMinutes(10);

    private final ApiClients clients;

    public ApiClientRegistry(ApiClients clients) {
        this.clients = clients;
    }

    /** The server only calls this to upgrade a secret's hash encoding; the hash is all that changes. */
    @Override
    @Transactional
    public void save(RegisteredClient registeredClient) {
        // Flushed as the platform: at commit the caller is no one again, whom row-level security shows no row.
        CurrentCaller.runAsSystem(() -> {
            clients.findByClientId(registeredClient.getClientId()).ifPresent(c -> c.rotateSecret(registeredClient.getClientSecret()));
            clients.flush();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public RegisteredClient findById(String id) {
        return CurrentCaller.runAsSystem(() -> clients.findById(UUID.fromString(id)))
                .filter(ApiClient::isEnabled).map(ApiClientRegistry::toRegistered).orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public RegisteredClient findByClientId(String clientId) {
        return CurrentCaller.runAsSystem(() -> clients.findByClientId(clientId))
                .filter(ApiClient::isEnabled).map(ApiClientRegistry::toRegistered).orElse(null);
    }

    static RegisteredClient toRegistered(ApiClient client) {
        return RegisteredClient.withId(client.getId().toString())
                .clientId(client.getClientId())
                .clientName(client.getName())
                .clientSecret(client.getSecretHash())
                .clientIdIssuedAt(client.getCreatedAt())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(s -> s.addAll(client.scopeSet()))
                .clientSettings(ClientSettings.builder().setting(DIVISION_SETTING, client.getDivisionCode()).build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(ACCESS_TOKEN_TTL)
                        .build())
                .build();
    }

    /** Client setting that carries the division into the token customizer. */
    public static final String DIVISION_SETTING = "sifa.division";
}
