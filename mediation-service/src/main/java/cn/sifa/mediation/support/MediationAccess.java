package cn.sifa.mediation.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.sifa.core.error.ForbiddenException;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;

/**
 * Scope check of the whole mediation API: reading needs {@code mediation.read}, every other method
 * {@code mediation.write}. Staff get these scopes from their roles (MEDIATION_STAFF, MEDIATOR, BUREAU_LEADER …),
 * API clients from their registration. Authentication itself is the security chain's job.
 */
@Configuration(proxyBeanMethods = false)
public class MediationAccess implements WebMvcConfigurer {

    public static final String READ = "mediation.read";
    public static final String WRITE = "mediation.write";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                SifaPrincipal caller = CurrentCaller.find().orElse(null);
                if (caller == null || caller.kind() == SifaPrincipal.Kind.SYSTEM) {
                    return true;
                }
                boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
                String needed = reading ? READ : WRITE;
                if (!caller.hasScope(needed)) {
                    throw new ForbiddenException("需要权限 " + needed);
                }
                return true;
            }
        }).addPathPatterns("/api/mediation/**");
    }
}
