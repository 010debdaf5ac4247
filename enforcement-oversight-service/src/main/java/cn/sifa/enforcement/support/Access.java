package cn.sifa.enforcement.support;

import cn.sifa.core.error.ForbiddenException;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;

/** The scope check of every endpoint: enforcement.read to look, enforcement.write to change anything. */
public final class Access {

    public static final String READ = "enforcement.read";
    public static final String WRITE = "enforcement.write";

    private Access() {
    }

    public static SifaPrincipal read() {
        return require(READ);
    }

    public static SifaPrincipal write() {
        return require(WRITE);
    }

    private static SifaPrincipal require(String scope) {
        SifaPrincipal caller = CurrentCaller.get();
        if (caller.kind() != SifaPrincipal.Kind.SYSTEM && !caller.hasScope(scope)) {
            throw new ForbiddenException("缺少权限 " + scope);
        }
        return caller;
    }
}
