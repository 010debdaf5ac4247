package cn.sifa.core.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.sifa.core.testing.SifaIntegrationTest;

@SifaIntegrationTest
@AutoConfigureMockMvc // shares the cached context of the MockMvc tests
class DivisionApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void quzhouListsItsSixCountyLevelDivisionsWithoutLogin() throws Exception {
        HttpResponse<String> response = get("/api/core/v1/divisions/330800/children");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("柯城区", "衢江区", "常山县", "开化县", "龙游县", "江山市")
                .contains("\"fullName\":\"浙江省衢州市柯城区\"");
    }

    @Test
    void oneDivisionAndItsTownsAreReadable() throws Exception {
        assertThat(get("/api/core/v1/divisions/430105").body()).contains("\"name\":\"开福区\"", "\"level\":\"COUNTY\"");
        assertThat(get("/api/core/v1/divisions/331122/children").body()).contains("\"level\":\"TOWN\"");
        assertThat(get("/api/core/v1/divisions/371082/children").body()).contains("\"parentCode\":\"371082\"");
    }

    @Test
    void anUnknownCodeIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = get("/api/core/v1/divisions/999999");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theSeedCoversTheFourProvincesCountiesAndThreeCountiesTowns() {
        assertThat(jdbc.queryForObject("select count(*) from core_division where level = 'PROVINCE'", Integer.class)).isEqualTo(31);
        assertThat(jdbc.queryForObject("select count(*) from core_division where level = 'CITY'", Integer.class)).isGreaterThan(330);
        for (String province : new String[] {"33", "41", "43", "37"}) {
            assertThat(jdbc.queryForObject("select count(*) from core_division where level = 'COUNTY' and code like ? || '%'",
                    Integer.class, province)).as(province).isGreaterThan(80);
        }
        assertThat(jdbc.queryForObject("select count(distinct parent_code) from core_division where level = 'TOWN'", Integer.class))
                .isEqualTo(3);
    }

    @Test
    void withinADivisionIsAnIndexRangeScanNotARowByRowStringTest() {
        // "Is X within Y" is a code-prefix LIKE on a COLLATE "C" column: the planner turns it into a b-tree range.
        String plan = jdbc.execute((java.sql.Connection c) -> {
            try (var s = c.createStatement()) {
                s.execute("set enable_seqscan = off"); // the table is small; ask what the index can do
                StringBuilder lines = new StringBuilder();
                try (var rs = s.executeQuery("explain select code from core_division where code like '4301%'")) {
                    while (rs.next()) {
                        lines.append(rs.getString(1)).append('\n');
                    }
                }
                s.execute("reset enable_seqscan");
                return lines.toString();
            }
        });
        assertThat(plan).contains("Index").contains(">= '4301'").contains("< '4302'");
    }
}
