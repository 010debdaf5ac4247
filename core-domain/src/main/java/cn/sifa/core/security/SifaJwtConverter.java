package cn.sifa.core.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a Sifa JWT (client-credentials token or gateway-minted user token) into the {@link SifaPrincipal}.
 * Claims: {@code sub}, {@code division}, {@code scope}, and for staff {@code kind=STAFF}, {@code org},
 * {@code roles}, {@code name}.
 */
public class SifaJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String DIVISION = "division";
    public static final String KIND = "kind";
    public static final String ORGANIZATION = "org";
    public static final String ROLES = "roles";
    public static final String NAME = "name";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new SifaAuthentication(principalOf(jwt), jwt);
    }

    public static SifaPrincipal principalOf(Jwt jwt) {
        SifaPrincipal.Kind kind = "STAFF".equals(jwt.getClaimAsString(KIND)) ? SifaPrincipal.Kind.STAFF : SifaPrincipal.Kind.CLIENT;
        String org = jwt.getClaimAsString(ORGANIZATION);
        Set<Role> roles = new LinkedHashSet<>();
        List<String> roleClaims = jwt.getClaimAsStringList(ROLES);
        if (roleClaims != null) {
            roleClaims.forEach(r -> {
                try {
                    roles.add(Role.valueOf(r));
                } catch (IllegalArgumentException ignored) {
                    // a role this service version does not know grants nothing
                }
            });
        }
        String name = jwt.getClaimAsString(NAME);
        return new SifaPrincipal(jwt.getSubject(), kind, name == null ? jwt.getSubject() : name,
                jwt.getClaimAsString(DIVISION), org == null ? null : UUID.fromString(org), roles, scopesOf(jwt));
    }

    private static Set<String> scopesOf(Jwt jwt) {
        Object claim = jwt.getClaims().get("scope");
        Set<String> scopes = new LinkedHashSet<>();
        if (claim instanceof String s) {
            scopes.addAll(Arrays.asList(s.split(" ")));
        } else if (claim instanceof Collection<?> c) {
            c.forEach(v -> scopes.add(String.valueOf(v)));
        }
        scopes.remove("");
        return scopes;
    }
}
