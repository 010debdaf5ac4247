package cn.sifa.core.security;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one place that answers "who is calling". Reads the Spring Security context; scheduled jobs and
 * demo loaders run inside {@link #runAsSystem(Supplier)} and are not limited by division scope.
 */
public final class CurrentCaller {

    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);

    public static final SifaPrincipal SYSTEM_PRINCIPAL = new SifaPrincipal("system", SifaPrincipal.Kind.SYSTEM,
            "系统", "", null, Set.of(), Set.of());

    private CurrentCaller() {
    }

    /** The caller, if the request is authenticated (or the thread runs as system). */
    public static Optional<SifaPrincipal> find() {
        if (SYSTEM.get()) {
            return Optional.of(SYSTEM_PRINCIPAL);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof SifaPrincipalHolder holder) {
            return Optional.of(holder.sifaPrincipal());
        }
        if (auth.getDetails() instanceof SifaPrincipalHolder holder) {
            return Optional.of(holder.sifaPrincipal());
        }
        return Optional.empty();
    }

    /** The caller; throws 401 when there is none. */
    public static SifaPrincipal get() {
        return find().orElseThrow(() -> new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException("未登录"));
    }

    public static boolean isSystem() {
        return SYSTEM.get();
    }

    public static <T> T runAsSystem(Supplier<T> work) {
        boolean previous = SYSTEM.get();
        SYSTEM.set(true);
        try {
            return work.get();
        } finally {
            SYSTEM.set(previous);
        }
    }

    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
