package cn.sifa.core.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: a staff member (portal session) or an API client (client-credentials token).
 * Services never distinguish the two beyond {@link #kind()}; both carry a division and roles/scopes.
 *
 * @param subject        username for staff, client id for API clients
 * @param kind           STAFF or CLIENT
 * @param displayName    name shown in history rows and the portal
 * @param divisionCode   GB/T 2260 code of the caller's division; the caller sees this subtree only
 * @param organizationId the caller's organization, null for API clients not bound to one
 * @param roles          staff roles ({@link Role}); empty for API clients
 * @param scopes         OAuth2 scopes such as {@code mediation.write}; staff get the scopes of their roles
 */
public record SifaPrincipal(String subject, Kind kind, String displayName, String divisionCode,
                            UUID organizationId, Set<Role> roles, Set<String> scopes) implements SifaPrincipalHolder {

    public enum Kind { STAFF, CLIENT, SYSTEM }

    public SifaPrincipal {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    @Override
    public SifaPrincipal sifaPrincipal() {
        return this;
    }
}
