package cn.sifa.core.notification;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Scheduled jobs (the deadline reminders, services' own jobs) run once across all instances: each
 * {@code @SchedulerLock} takes a row in {@code sifa.shedlock}, timed by the database clock so that instances with
 * skewed clocks agree. {@code sifa.scheduling.enabled=false} switches all scheduling off (e.g. in a one-off tool).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sifa.scheduling.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    @Bean
    @ConditionalOnMissingBean(LockProvider.class)
    LockProvider shedLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("sifa.shedlock")
                .usingDbTime()
                .build());
    }
}
