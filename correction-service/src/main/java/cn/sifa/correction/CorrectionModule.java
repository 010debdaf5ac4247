package cn.sifa.correction;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Wires this service's features (components, entities, repositories). Imported by {@link CorrectionApplication}
 * in distributed mode and by the gateway in standalone mode.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = CorrectionModule.class, nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class,
        excludeFilters = @ComponentScan.Filter(type = org.springframework.context.annotation.FilterType.ASSIGNABLE_TYPE,
                classes = CorrectionApplication.class))
@EntityScan(basePackageClasses = CorrectionModule.class)
@EnableJpaRepositories(basePackageClasses = CorrectionModule.class, nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
public class CorrectionModule {
}
