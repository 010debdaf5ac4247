package cn.sifa.gateway.client;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.sifa.core.scope.DivisionScopedEntity;

/**
 * A county office's or auditor's OAuth2 client (client-credentials grant). Its tokens carry its division, so the
 * shared division filter applies to it exactly as to a staff member of that division. Only the secret's hash
 * is kept; the secret itself is shown once, when created or rotated.
 */
@Entity
@Table(name = "core_api_client")
public class ApiClient extends DivisionScopedEntity {

    @Column(nullable = false, updatable = false)
    private String clientId;

    @Column(nullable = false)
    private String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] scopes;

    @Column(nullable = false)
    private String secretHash;

    @Column(nullable = false)
    private Instant secretRotatedAt;

    private boolean enabled = true;

    protected ApiClient() {
    }

    public ApiClient(String clientId, String name, String divisionCode, Set<String> scopes, String secretHash) {
        super(divisionCode);
        this.clientId = clientId;
        this.name = name;
        this.scopes = scopes.stream().sorted().toArray(String[]::new);
        this.secretHash = secretHash;
        this.secretRotatedAt = Instant.now();
    }

    public void rotateSecret(String newHash) {
        this.secretHash = newHash;
        this.secretRotatedAt = Instant.now();
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    public Set<String> scopeSet() {
        return new LinkedHashSet<>(Arrays.asList(scopes));
    }

    public String getSecretHash() {
        return secretHash;
    }

    public Instant getSecretRotatedAt() {
        return secretRotatedAt;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
