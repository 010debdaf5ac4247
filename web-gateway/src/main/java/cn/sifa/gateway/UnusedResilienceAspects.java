package cn.sifa.gateway;

import java.util.List;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Drops resilience4j's {@code @Aspect} beans (its Spring Boot starter comes with Spring Cloud CircuitBreaker). We use
 * no {@code @CircuitBreaker}/{@code @Retry}/{@code @RateLimiter}/{@code @TimeLimiter}/{@code @Bulkhead} annotations:
 * the gateway's breakers are built in {@code ServiceRoutes}. The aspects did nothing, yet made Spring AOP match their
 * AspectJ pointcuts against every method of every bean at start-up, about a tenth of the standalone jar's start-up
 * CPU (JFR). Registries, metrics and health indicators stay.
 */
@Component
class UnusedResilienceAspects implements BeanDefinitionRegistryPostProcessor {

    static final List<String> ASPECTS =
            List.of("circuitBreakerAspect", "retryAspect", "rateLimiterAspect", "timeLimiterAspect", "bulkheadAspect");

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        for (String name : ASPECTS) {
            if (registry.containsBeanDefinition(name)) {
                registry.removeBeanDefinition(name);
            }
        }
    }
}
