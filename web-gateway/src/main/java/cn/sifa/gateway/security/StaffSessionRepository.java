package cn.sifa.gateway.security;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

import cn.sifa.core.security.SifaAuthentication;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.gateway.staff.StaffAccounts;

/**
 * Keeps only the user's id in the (PostgreSQL-backed) session and rebuilds the {@link SifaAuthentication} from the
 * account on each request. So nothing but plain strings is serialized, and disabling, locking or changing the
 * roles of an account takes effect on the user's very next request.
 */
@Component
public class StaffSessionRepository implements SecurityContextRepository {

    static final String USER_ID = "sifa.staff.userId";

    private final StaffAccounts accounts;

    public StaffSessionRepository(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        Supplier<SecurityContext> loader = () -> load(request);
        return new DeferredSecurityContext() {
            private SecurityContext context;

            @Override
            public SecurityContext get() {
                if (context == null) {
                    context = loader.get();
                }
                return context;
            }

            @Override
            public boolean isGenerated() {
                return get().getAuthentication() == null;
            }
        };
    }

    private SecurityContext load(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object id = session == null ? null : session.getAttribute(USER_ID);
        if (id instanceof String userId) {
            var principal = accounts.activePrincipal(UUID.fromString(userId));
            if (principal.isPresent()) {
                return new SecurityContextImpl(new SifaAuthentication(principal.get(), null));
            }
            session.invalidate();
        }
        return SecurityContextHolder.createEmptyContext();
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return load(holder.getRequest());
    }

    /** Only a staff login is kept in the session; token callers stay stateless. */
    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        if (context.getAuthentication() instanceof SifaAuthentication auth
                && auth.getPrincipal().kind() == SifaPrincipal.Kind.STAFF && auth.getCredentials() instanceof UUID userId) {
            HttpSession session = request.getSession(true);
            session.setAttribute(USER_ID, userId.toString());
            session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, auth.getName());
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(USER_ID) != null;
    }
}
