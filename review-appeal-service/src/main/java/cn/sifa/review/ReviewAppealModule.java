package cn.sifa.review;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Wires this service's features (components, entities, repositories). Imported by {@link ReviewAppealApplication}
 * in distributed mode and by the gateway in standalone mode.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = ReviewAppealModule.class,
        excludeFilters = @ComponentScan.Filter(type = org.springframework.context.annotation.FilterType.ASSIGNABLE_TYPE,
                classes = ReviewAppealApplication.class))
@EntityScan(basePackageClasses = ReviewAppealModule.class)
@EnableJpaRepositories(basePackageClasses = ReviewAppealModule.class)
public class ReviewAppealModule {
}
