package cn.sifa.core.calendar;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

/**
 * "Today" is a date in China whatever the server's zone: a deadline is overdue from 00:00 Beijing time.
 * Everything that asks for today takes this {@link Clock}, so tests can fix time.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    // @Fallback as well as @ConditionalOnMissingBean: this is not an auto-configuration, so another
    // module's Clock may be registered after this one; then that one wins injection.
    @Bean
    @Fallback
    @ConditionalOnMissingBean(Clock.class)
    Clock sifaClock() {
        return Clock.system(CHINA);
    }
}
