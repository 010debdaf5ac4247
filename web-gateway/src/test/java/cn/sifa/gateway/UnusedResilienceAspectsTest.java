package cn.sifa.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

class UnusedResilienceAspectsTest {

    @Test
    void removesOnlyResilience4jAspects() {
        DefaultListableBeanFactory registry = new DefaultListableBeanFactory();
        UnusedResilienceAspects.ASPECTS.forEach(name -> registry.registerBeanDefinition(name, new RootBeanDefinition(Object.class)));
        registry.registerBeanDefinition("circuitBreakerRegistry", new RootBeanDefinition(Object.class));

        new UnusedResilienceAspects().postProcessBeanDefinitionRegistry(registry);

        assertThat(registry.getBeanDefinitionNames()).containsExactly("circuitBreakerRegistry");
    }
}
