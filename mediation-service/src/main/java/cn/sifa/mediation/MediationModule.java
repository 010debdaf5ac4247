package cn.sifa.mediation;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Wires this service's features (components, entities, repositories). Imported by {@link MediationApplication}
 * in distributed mode and by the gateway in standalone mode. Bean names are fully qualified class names, so that
 * features of several services (each has a {@code CaseController}, a {@code StatisticsController}) live in one
 * standalone context without hand-written names.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = MediationModule.class, nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class,
        excludeFilters = @ComponentScan.Filter(type = org.springframework.context.annotation.FilterType.ASSIGNABLE_TYPE,
                classes = MediationApplication.class))
@EntityScan(basePackageClasses = MediationModule.class)
@EnableJpaRepositories(basePackageClasses = MediationModule.class, nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
public class MediationModule {
}
