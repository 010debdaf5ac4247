package cn.sifa.core;

import java.util.Optional;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;

/**
 * Wires core-domain into any application: its components, entities and repositories, JPA auditing, and the
 * shared defaults in {@code sifa-core.properties} (an application's own files override them).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = CoreModule.class)
@EntityScan(basePackageClasses = CoreModule.class)
@EnableJpaRepositories(basePackageClasses = CoreModule.class)
@EnableJpaAuditing(auditorAwareRef = "sifaAuditor")
@PropertySource("classpath:sifa-core.properties")
public class CoreModule {

    @Bean
    AuditorAware<String> sifaAuditor() {
        return () -> Optional.of(CurrentCaller.find().map(SifaPrincipal::subject).orElse("system"));
    }
}
