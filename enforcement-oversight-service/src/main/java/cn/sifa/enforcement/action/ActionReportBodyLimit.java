package cn.sifa.enforcement.action;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import cn.sifa.core.web.JsonBodyLimit;

/**
 * A batch report carries up to {@link ActionIngest#MAX_BATCH} records (a few hundred bytes each), more than the
 * platform's 1 MB JSON limit: 8 MB here, the most an {@code Idempotency-Key} request may buffer.
 */
@Configuration(proxyBeanMethods = false)
class ActionReportBodyLimit {

    @Bean
    JsonBodyLimit actionReportBody() {
        return JsonBodyLimit.of("/api/enforcement/v1/action-reports", DataSize.ofMegabytes(8));
    }
}
