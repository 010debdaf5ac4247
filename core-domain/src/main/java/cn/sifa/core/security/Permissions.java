package cn.sifa.core.security;

import java.util.Arrays;
import java.util.Set;

import cn.sifa.core.error.ForbiddenException;

/**
 * Role-or-scope checks for endpoints that staff (by role) and API clients (by scope) may both call. Checked in
 * code rather than with method security so the rule reads the same in the gateway and in a distributed service.
 */
public final class Permissions {

    private Permissions() {
    }

    /** The caller holds one of the roles or one of the scopes; else 403. Returns the caller. */
    public static SifaPrincipal requireAny(Set<Role> roles, Set<String> scopes, String whatFor) {
        SifaPrincipal caller = CurrentCaller.get();
        if (caller.kind() == SifaPrincipal.Kind.SYSTEM || allows(caller, roles, scopes)) {
            return caller;
        }
        throw new ForbiddenException("当前用户无权" + whatFor);
    }

    public static boolean allows(SifaPrincipal caller, Set<Role> roles, Set<String> scopes) {
        return caller.roles().stream().anyMatch(roles::contains) || caller.scopes().stream().anyMatch(scopes::contains);
    }

    /** Any {@code *.write} or {@code core.admin} scope: the caller may change some records. */
    public static SifaPrincipal requireSomeWriteScope(String whatFor) {
        SifaPrincipal caller = CurrentCaller.get();
        boolean writer = caller.kind() == SifaPrincipal.Kind.SYSTEM
                || caller.scopes().stream().anyMatch(s -> s.endsWith(".write") || s.equals("core.admin"));
        if (!writer) {
            throw new ForbiddenException("当前用户无权" + whatFor);
        }
        return caller;
    }

    public static Set<Role> roles(Role... roles) {
        return Set.copyOf(Arrays.asList(roles));
    }
}
