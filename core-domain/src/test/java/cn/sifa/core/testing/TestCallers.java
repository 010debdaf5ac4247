package cn.sifa.core.testing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaAuthentication;
import cn.sifa.core.security.SifaPrincipal;

/** Principals for tests: a county client, a staff member of some division. */
public final class TestCallers {

    private TestCallers() {
    }

    public static SifaPrincipal client(String divisionCode, String... scopes) {
        return new SifaPrincipal("test-client-" + divisionCode, SifaPrincipal.Kind.CLIENT, "测试客户端 " + divisionCode,
                divisionCode, null, Set.of(), new LinkedHashSet<>(Arrays.asList(scopes)));
    }

    public static SifaPrincipal staff(String divisionCode, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
        Set<String> scopes = new LinkedHashSet<>();
        set.forEach(r -> scopes.addAll(r.scopes()));
        return new SifaPrincipal("staff-" + divisionCode, SifaPrincipal.Kind.STAFF, "测试用户", divisionCode,
                UUID.randomUUID(), set, scopes);
    }

    public static SifaAuthentication authentication(SifaPrincipal principal) {
        return new SifaAuthentication(principal, null);
    }

    /** Runs code with the principal in the security context (service-layer tests without HTTP). */
    public static void runAs(SifaPrincipal principal, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(authentication(principal)));
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
