package cn.sifa.gateway.staff;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;

/**
 * The permission strings the portal uses to show menus and buttons. {@code <service>:read} / {@code :write}
 * follow the scopes (so they are the union over the user's roles, like the scopes); administration and audit
 * pages follow roles. The server enforces the same rules; these only spare the user buttons that would get 403.
 */
public final class PortalPermissions {

    private PortalPermissions() {
    }

    public static List<String> of(SifaPrincipal principal) {
        Set<String> permissions = new TreeSet<>();
        for (String scope : principal.scopes()) {
            int dot = scope.lastIndexOf('.');
            if (dot > 0) {
                permissions.add(scope.substring(0, dot) + ":" + scope.substring(dot + 1));
            }
        }
        if (principal.hasRole(Role.SYSTEM_ADMIN)) {
            permissions.addAll(List.of("admin:users", "admin:api-clients", "admin:organizations", "admin:holidays",
                    "admin:signing-keys", "audit:api-call-log"));
        }
        if (principal.hasRole(Role.AUDITOR)) {
            permissions.add("audit:api-call-log");
        }
        return List.copyOf(permissions);
    }
}
