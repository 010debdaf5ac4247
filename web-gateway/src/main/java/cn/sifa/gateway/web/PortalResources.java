package cn.sifa.gateway.web;

import java.io.IOException;
import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the Vue portal from {@code classpath:/static/} and answers every other non-API GET with
 * {@code index.html}, so history-mode routes (/mediation/cases/…) survive a reload. Hashed assets are cached for
 * a year and sent precompressed (gzip, written by the portal build), index.html never cached. Without a built portal a small placeholder page answers instead of an error.
 */
@Configuration(proxyBeanMethods = false)
public class PortalResources implements WebMvcConfigurer {

    private static final String[] NOT_PORTAL = {"api/", "oauth2/", "v3/", "swagger-ui", "actuator/", ".well-known/", "api-docs/", "error"};

    /** "/" is not a resource path; it shows the portal's index page like any other portal route. */
    @Override
    public void addViewControllers(org.springframework.web.servlet.config.annotation.ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                // The build writes a .gz beside each asset, sent to clients that accept gzip (Vary: Accept-Encoding).
                .resourceChain(true)
                .addResolver(new EncodedResourceResolver());
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new SpaResolver());
    }

    static final class SpaResolver extends PathResourceResolver {
        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            Resource requested = resourcePath.isEmpty() ? null : location.createRelative(resourcePath);
            if (requested != null && requested.exists() && requested.isReadable() && !resourcePath.endsWith("/")) {
                return requested;
            }
            if (!isPortalRoute(resourcePath)) {
                return null;
            }
            Resource index = location.createRelative("index.html");
            if (index.exists()) {
                return index;
            }
            return new ClassPathResource("portal-placeholder/index.html");
        }

        static boolean isPortalRoute(String path) {
            for (String prefix : NOT_PORTAL) {
                if (path.startsWith(prefix)) {
                    return false;
                }
            }
            String last = path.substring(path.lastIndexOf('/') + 1);
            return !last.contains(".") || last.endsWith(".html");
        }
    }
}
