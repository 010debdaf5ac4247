package cn.sifa.gateway.docs;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One OpenAPI for the platform. Every document carries an OAuth2 client-credentials scheme whose token URL is our
 * own {@code /oauth2/token}, so an auditor can press "Authorize" in Swagger UI with a client id and secret and try
 * calls. Standalone: one group per service, all served by this JVM. Distributed: see {@link ServiceDocs}.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    public static final String SCHEME = "clientCredentials";

    /** Group name → path prefix, in the order Swagger UI lists them. */
    public static final Map<String, String> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("mediation", "/api/mediation/**");
        SERVICES.put("legal-aid", "/api/legal-aid/**");
        SERVICES.put("review", "/api/review/**");
        SERVICES.put("correction", "/api/correction/**");
        SERVICES.put("enforcement", "/api/enforcement/**");
        SERVICES.put("reports", "/api/reports/**");
    }

    @Bean
    OpenAPI sifaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("司法行政案件管理平台 API").version("v1")
                        .description("区县对接系统用 OAuth2 客户端凭证获取令牌(POST /oauth2/token),在 Authorization: Bearer 中携带。"
                                + "数据范围为客户端所属行政区划及其下级;范围外记录一律返回 404。"))
                .components(new Components().addSecuritySchemes(SCHEME, scheme()))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }

    /** Adds the scheme to documents that another service generated (distributed mode) or a group rebuilt. */
    public static OpenApiCustomizer withClientCredentials() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(SCHEME, scheme());
            if (openApi.getSecurity() == null || openApi.getSecurity().isEmpty()) {
                openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
            }
        };
    }

    static SecurityScheme scheme() {
        Scopes scopes = new Scopes();
        scopes.addString("core.read", "读取基础数据");
        scopes.addString("core.admin", "管理基础数据");
        for (String s : new String[]{"mediation", "legal-aid", "review", "correction", "enforcement"}) {
            scopes.addString(s + ".read", "读取 " + s);
            scopes.addString(s + ".write", "写入 " + s);
        }
        scopes.addString("reports.read", "读取统计报表");
        return new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("客户端凭证模式:client_id + client_secret 换取 10 分钟有效的 JWT")
                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token").scopes(scopes)));
    }

    /** The same scheme as plain JSON structure, for documents fetched from a service. */
    static Map<String, Object> schemeAsMap() {
        SecurityScheme scheme = scheme();
        Map<String, Object> flow = new LinkedHashMap<>();
        flow.put("tokenUrl", "/oauth2/token");
        flow.put("scopes", new LinkedHashMap<>(scheme.getFlows().getClientCredentials().getScopes()));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", "oauth2");
        map.put("description", scheme.getDescription());
        map.put("flows", Map.of("clientCredentials", flow));
        return map;
    }

    @Bean
    GroupedOpenApi coreGroup() {
        return GroupedOpenApi.builder().group("core").displayName("基础平台 core")
                .pathsToMatch("/api/core/**", "/api/auth/**")
                .addOpenApiCustomizer(withClientCredentials()).build();
    }

    /** Standalone: the services' controllers are in this JVM, one group each. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "sifa.mode", havingValue = "standalone", matchIfMissing = true)
    static class HostedServiceGroups {

        @Bean
        GroupedOpenApi mediationGroup() {
            return group("mediation", "人民调解 mediation");
        }

        @Bean
        GroupedOpenApi legalAidGroup() {
            return group("legal-aid", "法律援助 legal-aid");
        }

        @Bean
        GroupedOpenApi reviewGroup() {
            return group("review", "行政复议应诉 review");
        }

        @Bean
        GroupedOpenApi correctionGroup() {
            return group("correction", "社区矫正 correction");
        }

        @Bean
        GroupedOpenApi enforcementGroup() {
            return group("enforcement", "行政执法监督 enforcement");
        }

        @Bean
        GroupedOpenApi reportsGroup() {
            return group("reports", "统计报表 reports");
        }

        private static GroupedOpenApi group(String name, String displayName) {
            return GroupedOpenApi.builder().group(name).displayName(displayName).pathsToMatch(SERVICES.get(name))
                    .addOpenApiCustomizer(withClientCredentials()).build();
        }
    }
}
