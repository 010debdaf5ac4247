package cn.sifa.review;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Wires this service's features (components, entities, repositories). Imported by {@link ReviewAppealApplication}
 * in distributed mode and by the gateway in standalone mode. Bean names are fully qualified class names, so that
 * features of several services (each may have a {@code StatisticsController}) live in one standalone context.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = ReviewAppealModule.class, nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class,
        excludeFilters = @ComponentScan.Filter(type = org.springframework.context.annotation.FilterType.ASSIGNABLE_TYPE,
                classes = ReviewAppealApplication.class))
@EntityScan(basePackageClasses = ReviewAppealModule.class)
@EnableJpaRepositories(basePackageClasses = ReviewAppealModule.class, nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
public class ReviewAppealModule {
}
