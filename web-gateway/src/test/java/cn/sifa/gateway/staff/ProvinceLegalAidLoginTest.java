package cn.sifa.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;
import cn.sifa.gateway.demo.DemoAccounts;

/**
 * 办案补贴标准 are the province's: the demo's province-level login {@code province-legalaid} (湖南省司法厅, 430000) sets
 * one for 湖南 through the real login, while the county's {@code legalaid} (开福区) may only read them (403).
 */
@SifaIntegrationTest(classes = SifaApplication.class)
class ProvinceLegalAidLoginTest {

    private static final String STANDARDS = "/api/legal-aid/v1/subsidy-standards";

    @LocalServerPort
    int port;

    @Test
    void theProvinceLoginSetsHunansStandardAndTheCountyLoginIsRefused() {
        Map<String, Object> standard = Map.of("category", "CIVIL", "aidForm", "DOCUMENT_DRAFTING", "amount", 321.5, "label", "湖南省:民事·代拟法律文书(测试)");

        Http county = new Http(port);
        assertThat(county.login("legalaid", DemoAccounts.PASSWORD).status()).isEqualTo(200);
        assertThat(county.get(STANDARDS).json().get("mayCreate").asBoolean()).isFalse();
        assertThat(county.post(STANDARDS, standard).status()).isEqualTo(403);

        Http province = new Http(port);
        Http.Response me = province.login("province-legalaid", DemoAccounts.PASSWORD);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("divisionCode").asString()).isEqualTo("430000");
        assertThat(province.get(STANDARDS).json().get("mayCreate").asBoolean()).isTrue();
        Http.Response created = province.post(STANDARDS, standard);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("provinceCode").asString()).isEqualTo("430000");
        String id = created.json().get("id").asString();

        // 开福 reads it in its province's list; the standard is retired again so that other tests' closures keep their amounts.
        assertThat(county.get(STANDARDS).body()).contains(id);
        assertThat(province.post(STANDARDS + "/" + id + "/retire", Map.of(), Map.of("If-Match", created.header("ETag"))).status())
                .isEqualTo(200);
    }
}
