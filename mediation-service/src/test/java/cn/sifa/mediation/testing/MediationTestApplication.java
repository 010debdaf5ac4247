package cn.sifa.mediation.testing;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

import cn.sifa.core.CoreModule;
import cn.sifa.mediation.MediationModule;

/** Core plus this service, as a resource server, on the shared test PostgreSQL. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({CoreModule.class, MediationModule.class})
public class MediationTestApplication {
}
