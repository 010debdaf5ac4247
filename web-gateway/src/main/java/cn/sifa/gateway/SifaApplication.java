package cn.sifa.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

import cn.sifa.core.CoreModule;

/**
 * The platform's entry point. Standalone (default): every service module runs in this JVM, see
 * {@link HostedServices}. Distributed ({@code sifa.mode=distributed}): this process is only the gateway,
 * authorization server and portal, and routes {@code /api/{service}/**} to the service processes.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = SifaApplication.class)
@Import({CoreModule.class, HostedServices.class})
public class SifaApplication {

    public static void main(String[] args) {
        SpringApplication.run(SifaApplication.class, args);
    }
}
