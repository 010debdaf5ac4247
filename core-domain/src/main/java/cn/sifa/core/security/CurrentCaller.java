package cn.sifa.core.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one place that answers "who is calling". Reads the Spring Security context; scheduled jobs and
 * demo loaders run inside {@link #runAsSystem(Supplier)} and are not limited by division scope.
 */
public final class CurrentCaller {

    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);
    private static final List<Runnable> CHANGE_LISTENERS = new CopyOnWriteArrayList<>();

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
        if (!previous) {
            changed();
        }
        try {
            return work.get();
        } finally {
            SYSTEM.set(previous);
            if (!previous) {
                changed();
            }
        }
    }

    /**
     * Called on this thread whenever it switches into or out of {@link #runAsSystem}: the database connection an
     * open transaction holds re-reads the caller's division (row-level security, {@code DivisionSettingDataSource}).
     */
    public static void onChange(Runnable listener) {
        CHANGE_LISTENERS.add(listener);
    }

    private static void changed() {
        CHANGE_LISTENERS.forEach(Runnable::run);
    }

    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
