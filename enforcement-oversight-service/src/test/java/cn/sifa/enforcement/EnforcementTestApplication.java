package cn.sifa.enforcement;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import cn.sifa.core.CoreModule;

/** Boots core-domain and this service for the module's tests. */
@SpringBootApplication
@Import({CoreModule.class, EnforcementOversightModule.class})
public class EnforcementTestApplication {
}
