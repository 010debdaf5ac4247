package cn.sifa.mediation.dispute;

import static cn.sifa.mediation.testing.MediationApi.CASES;
import static cn.sifa.mediation.testing.MediationApi.KAIFU_CLIENT;
import static cn.sifa.mediation.testing.MediationApi.RONGCHENG_CLIENT;
import static cn.sifa.mediation.testing.MediationApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import cn.sifa.core.testing.TestCallers;
import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/** A client of another county gets 404 on the record, never sees it in a list, and its statistics leave it out. */
class DivisionIsolationApiTest extends MediationApiTest {

    static final String STATS = "/api/mediation/v1/statistics?from=2026-01-01&to=2026-11-20";


    MediationApi api;

    @BeforeEach
    void setUp() {
        api = new MediationApi(mvc, jdbc);
        api.ensureBureau("430105", "长沙市开福区司法局", "开福");
    }

    @Test
    void anotherCountyCannotSeeTheCase() throws Exception {
        MvcResult rongchengBefore = api.fetch(RONGCHENG_CLIENT, STATS).andExpect(status().isOk()).andReturn();
        MvcResult created = api.send(KAIFU_CLIENT, CASES, MediationApi.newCase("2026-11-02")).andExpect(status().isCreated()).andReturn();
        String id = read(created, "$.id");
        String caseNo = read(created, "$.caseNo");

        api.fetch(RONGCHENG_CLIENT, CASES + "/" + id).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/not-found"));
        api.fetch(RONGCHENG_CLIENT, CASES + "/" + id + "/history").andExpect(status().isNotFound());
        api.send(RONGCHENG_CLIENT, CASES + "/" + id + "/decline", "{\"reason\":\"越权\"}").andExpect(status().isNotFound());
        api.fetch(RONGCHENG_CLIENT, CASES + "?q=" + caseNo).andExpect(jsonPath("$.page.totalElements").value(0));
        api.fetch(RONGCHENG_CLIENT, CASES + "?divisionCode=430105&size=200").andExpect(jsonPath("$.page.totalElements").value(0));
        MvcResult rongchengAfter = api.fetch(RONGCHENG_CLIENT, STATS).andReturn();
        assertThat((Integer) read(rongchengAfter, "$.registered")).isEqualTo(read(rongchengBefore, "$.registered"));
        assertThat((Integer) read(api.fetch(RONGCHENG_CLIENT, STATS + "&divisionCode=430105").andReturn(), "$.registered")).isZero();

        // Its own county, and the city above it, do see it.
        api.fetch(KAIFU_CLIENT, CASES + "/" + id).andExpect(status().isOk());
        api.fetch(TestCallers.client("430100", "mediation.read"), CASES + "?q=" + caseNo).andExpect(jsonPath("$.page.totalElements").value(1));
        // A town below it does not.
        api.fetch(TestCallers.client("430105001", "mediation.read"), CASES + "/" + id).andExpect(status().isNotFound());
    }

    @Test
    void creatingInAnotherCountyIsForbiddenAndScopesAreChecked() throws Exception {
        int before = api.count("med_case");
        api.send(KAIFU_CLIENT, CASES, MediationApi.newCase("2026-11-02").replace("{\"source\"", "{\"divisionCode\":\"371082\",\"source\""))
                .andExpect(status().isForbidden());
        api.send(TestCallers.client("430105", "mediation.read"), CASES, MediationApi.newCase("2026-11-02"))
                .andExpect(status().isForbidden());
        api.fetch(TestCallers.client("430105", "legal-aid.read"), CASES).andExpect(status().isForbidden());
        assertThat(api.count("med_case")).isEqualTo(before);
    }
}
