package cn.sifa.legalaid;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Wires this service's features (components, entities, repositories). Imported by {@link LegalAidApplication}
 * in distributed mode and by the gateway in standalone mode.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = LegalAidModule.class,
        excludeFilters = @ComponentScan.Filter(type = org.springframework.context.annotation.FilterType.ASSIGNABLE_TYPE,
                classes = LegalAidApplication.class))
@EntityScan(basePackageClasses = LegalAidModule.class)
@EnableJpaRepositories(basePackageClasses = LegalAidModule.class)
public class LegalAidModule {
}
