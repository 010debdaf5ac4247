package cn.sifa.gateway.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestDatabase;
import cn.sifa.gateway.SifaApplication;

/** The production profile refuses to start while a demo secret or password is still in place. */
@SifaIntegrationTest(classes = SifaApplication.class)
class ProductionProfileTest {

    @Test
    void prodRefusesToStartWithTheDemoSecrets() {
        // This class's own context ran the demo profile, so the demo clients and logins exist in the database.
        TestDatabase.Connection3 db = TestDatabase.get();
        assertThatThrownBy(() -> new SpringApplication(SifaApplication.class).run(
                "--spring.profiles.active=prod",
                "--sifa.embedded-postgres.enabled=false",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--server.port=0"))
                .satisfies(e -> {
                    Throwable root = e;
                    while (root.getCause() != null) {
                        root = root.getCause();
                    }
                    assertThat(root.getMessage()).contains("生产配置(prod)拒绝启动", "kaifu-county", "仍使用演示密钥", "admin",
                            "sifa_app 仍使用演示密码");
                });
    }

    @Test
    void demoAndProdTogetherAreRefused() {
        TestDatabase.Connection3 db = TestDatabase.get();
        assertThatThrownBy(() -> new SpringApplication(SifaApplication.class).run(
                "--spring.profiles.active=prod,demo",
                "--sifa.embedded-postgres.enabled=false",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--server.port=0"))
                .hasStackTraceContaining("演示配置 demo 与生产配置 prod 同时启用");
    }
}
