package cn.sifa.enforcement;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import cn.sifa.enforcement.action.ImportSettings;
import cn.sifa.enforcement.inspection.InspectionSettings;

/**
 * Wires this service's features (components, entities, repositories). Imported by {@link EnforcementOversightApplication}
 * in distributed mode and by the gateway in standalone mode.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = EnforcementOversightModule.class,
        nameGenerator = org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator.class,
        excludeFilters = @ComponentScan.Filter(type = org.springframework.context.annotation.FilterType.ASSIGNABLE_TYPE,
                classes = EnforcementOversightApplication.class))
@EntityScan(basePackageClasses = EnforcementOversightModule.class)
@EnableJpaRepositories(basePackageClasses = EnforcementOversightModule.class)
@EnableConfigurationProperties({InspectionSettings.class, ImportSettings.class})
public class EnforcementOversightModule {
}
