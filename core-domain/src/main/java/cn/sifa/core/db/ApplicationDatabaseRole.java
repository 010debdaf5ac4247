package cn.sifa.core.db;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Who the platform is in PostgreSQL (issue 16). The configured {@code spring.datasource.*} credentials are the
 * schema owner's: Flyway migrates with them. The application itself connects as {@value #ROLE}, which the
 * migrations create and grant ({@code afterMigrate__sifa_app_role.sql}) and which is neither the tables' owner nor
 * a superuser, so the row-level security policies bind every query it runs; its connections come from
 * {@link DivisionSettingDataSource}, which tells PostgreSQL the caller's division.
 * <p>
 * A deployment may also name both roles itself: {@code spring.datasource.username=sifa_app} with its password
 * and {@code spring.flyway.user}/{@code password} for the owner. {@code sifa.db.row-level-security=false} keeps the
 * application on the owner's connection, outside the policies (the benchmark's yardstick; never in production).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sifa.db.row-level-security", havingValue = "true", matchIfMissing = true)
public class ApplicationDatabaseRole {

    public static final String ROLE = "sifa_app";
    /** The demo and test password of {@value #ROLE}; profile {@code prod} refuses to start with it. */
    public static final String DEMO_PASSWORD = "sifa-app-demo";

    @Bean
    @ConditionalOnProperty("spring.datasource.url")
    JdbcConnectionDetails sifaAppConnectionDetails(Environment env) {
        String url = withoutCredentials(env.getRequiredProperty("spring.datasource.url"));
        String configuredUser = env.getProperty("spring.datasource.username");
        String password = ROLE.equals(configuredUser)
                ? env.getProperty("spring.datasource.password", "")
                : env.getProperty("sifa.db.app-password", DEMO_PASSWORD);
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return ROLE;
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    @Bean
    @ConditionalOnProperty("spring.datasource.url")
    FlywayConnectionDetails ownerConnectionDetails(Environment env) {
        String url = env.getProperty("spring.flyway.url", env.getRequiredProperty("spring.datasource.url"));
        String user = env.getProperty("spring.flyway.user", env.getProperty("spring.datasource.username"));
        String password = env.getProperty("spring.flyway.user") != null
                ? env.getProperty("spring.flyway.password", "")
                : env.getProperty("spring.datasource.password", "");
        return new FlywayConnectionDetails() {
            @Override
            public String getUsername() {
                return user;
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    /**
     * The URL without {@code user=} and {@code password=} parameters, which PostgreSQL's driver would prefer to the
     * role's own (the embedded PostgreSQL's URL names its superuser).
     */
    public static String withoutCredentials(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        String params = java.util.Arrays.stream(url.substring(q + 1).split("&"))
                .filter(p -> !p.startsWith("user=") && !p.startsWith("password="))
                .collect(java.util.stream.Collectors.joining("&"));
        return url.substring(0, q) + (params.isEmpty() ? "" : "?" + params);
    }

    /** The application's DataSource hands out connections that carry the caller's division. */
    @Bean
    static BeanPostProcessor divisionSettingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if ("dataSource".equals(beanName) && bean instanceof DataSource dataSource
                        && !(bean instanceof DivisionSettingDataSource)) {
                    return new DivisionSettingDataSource(dataSource);
                }
                return bean;
            }
        };
    }
}
