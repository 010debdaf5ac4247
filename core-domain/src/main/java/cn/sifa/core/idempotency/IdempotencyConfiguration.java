package cn.sifa.core.idempotency;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Registers the {@link IdempotencyFilter} right after Spring Security's filter chain (whose order is
 * {@code spring.security.filter.order}, default {@link SecurityFilterProperties#DEFAULT_FILTER_ORDER}), so that the
 * caller is known and unauthenticated requests never reach the store. {@code sifa.idempotency.enabled=false} turns it off (e.g. on a pure routing gateway
 * whose services apply it themselves).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sifa.idempotency.enabled", havingValue = "true", matchIfMissing = true)
class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, PlatformTransactionManager transactions,
                                                                @Qualifier("handlerExceptionResolver")
                                                                ObjectProvider<HandlerExceptionResolver> exceptionResolver,
                                                                @Value("${sifa.idempotency.retention:24h}") Duration retention,
                                                                @Value("${spring.security.filter.order:"
                                                                        + SecurityFilterProperties.DEFAULT_FILTER_ORDER + "}") int securityOrder) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, retention, transactions, exceptionResolver));
        registration.setName("sifaIdempotencyFilter");
        registration.setOrder(securityOrder + 5);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
