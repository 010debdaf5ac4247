package cn.sifa.core.calendar;

import cn.sifa.core.error.ForbiddenException;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;

/**
 * Who may change core reference data (the holiday schedule, deadline rules): a staff SYSTEM_ADMIN or a client
 * granted {@code core.admin}. Checked in code rather than with method security, so that core needs no global
 * security configuration that the gateway's own might clash with.
 */
public final class CoreAdmin {

    public static final String SCOPE = "core.admin";

    private CoreAdmin() {
    }

    public static boolean isAdmin(SifaPrincipal caller) {
        return caller.kind() == SifaPrincipal.Kind.SYSTEM || caller.hasRole(Role.SYSTEM_ADMIN) || caller.hasScope(SCOPE);
    }

    /** The caller, if an admin; 403 otherwise. */
    public static SifaPrincipal require(String what) {
        SifaPrincipal caller = CurrentCaller.get();
        if (!isAdmin(caller)) {
            throw new ForbiddenException(what + "需要系统管理员角色或 core.admin 权限");
        }
        return caller;
    }
}
