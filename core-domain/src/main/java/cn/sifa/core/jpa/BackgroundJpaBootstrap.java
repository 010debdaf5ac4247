package cn.sifa.core.jpa;

import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Builds the JPA EntityManagerFactory (Hibernate's and Envers' metamodel, the largest single step of a start) on a
 * thread of its own while the rest of the context starts. The modules' repositories are bootstrapped
 * {@code DEFERRED} (their {@code @EnableJpaRepositories}), so nothing waits for the factory before the context is
 * refreshed. Boot's own {@code spring.data.jpa.repositories.bootstrap-mode} does not apply here: its auto-configuration
 * backs off when an application declares {@code @EnableJpaRepositories}, as every Sifa module does.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundJpaBootstrap {

    @Bean
    EntityManagerFactoryBuilderCustomizer backgroundEntityManagerFactoryBootstrap() {
        return builder -> builder.setBootstrapExecutor(new SimpleAsyncTaskExecutor("jpa-bootstrap-"));
    }
}
