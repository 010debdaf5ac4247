package cn.sifa.correction;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

import cn.sifa.core.CoreModule;

/** Runs this service on its own (distributed mode), as an OAuth2 resource server behind the gateway. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({CoreModule.class, CorrectionModule.class})
public class CorrectionApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(CorrectionApplication.class);
        app.setAdditionalProfiles("service");
        // Service jars are also on the standalone gateway's classpath, so their settings live in a file of their own.
        app.setDefaultProperties(java.util.Map.of("spring.config.name", "application,correction-service"));
        app.run(args);
    }
}
