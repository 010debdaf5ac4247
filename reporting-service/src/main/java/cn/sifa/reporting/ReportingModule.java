package cn.sifa.reporting;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Wires this service's features (components, entities, repositories). Imported by {@link ReportingApplication}
 * in distributed mode and by the gateway in standalone mode.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = ReportingModule.class,
        excludeFilters = @ComponentScan.Filter(type = org.springframework.context.annotation.FilterType.ASSIGNABLE_TYPE,
                classes = ReportingApplication.class))
@EntityScan(basePackageClasses = ReportingModule.class)
@EnableJpaRepositories(basePackageClasses = ReportingModule.class)
public class ReportingModule {
}
