package cn.sifa.core.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authentication every Sifa service sees, whether the caller came with a portal session, a client-credentials
 * token or a gateway-minted user token. Authorities are {@code ROLE_<role>} and {@code SCOPE_<scope>}.
 */
public class SifaAuthentication extends AbstractAuthenticationToken {

    private final SifaPrincipal principal;
    private final Object credentials;

    public SifaAuthentication(SifaPrincipal principal, Object credentials) {
        super(authoritiesOf(principal));
        this.principal = principal;
        this.credentials = credentials;
        setAuthenticated(true);
    }

    public static List<GrantedAuthority> authoritiesOf(SifaPrincipal principal) {
        Collection<GrantedAuthority> authorities = new ArrayList<>();
        principal.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        principal.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        return List.copyOf(authorities);
    }

    @Override
    public Object getCredentials() {
        return credentials;
    }

    @Override
    public SifaPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.subject();
    }
}
