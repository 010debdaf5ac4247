package cn.sifa.gateway;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The gateway's own entities and repositories (staff accounts, API clients); core and services declare theirs. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = GatewayPersistence.class)
@EnableJpaRepositories(basePackageClasses = GatewayPersistence.class)
class GatewayPersistence {
}
