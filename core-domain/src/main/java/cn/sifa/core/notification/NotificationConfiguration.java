package cn.sifa.core.notification;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    /**
     * Nobody heads anything until the gateway's user directory supplies the real lookup. @Fallback as well as
     * @ConditionalOnMissingBean, because a plain configuration may be processed before the module that replaces it.
     */
    @Bean
    @Fallback
    @ConditionalOnMissingBean(OrganizationHeads.class)
    OrganizationHeads noOrganizationHeads() {
        return organizationId -> List.of();
    }
}
