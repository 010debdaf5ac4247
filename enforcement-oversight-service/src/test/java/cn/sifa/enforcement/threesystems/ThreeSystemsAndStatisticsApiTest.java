package cn.sifa.enforcement.threesystems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.enforcement.EnforcementApiTest;

class ThreeSystemsAndStatisticsApiTest extends EnforcementApiTest {

    /** A town of 荣成 holds only this class's data (the demo data sits at county level), so the statistics can be asserted exactly. */
    private static final String RONGCHENG = "371082001";

    @Test
    void theRatesCountOnTimePublicationPriorLegalReviewAndRecordingWithTheOffendersListed() throws Exception {
        UUID agency = agency(kaifu);
        String records = String.join(",",
                // licensing decided Thu 24 Sep, due Mon 12 Oct: published 12 Oct (on time)
                "{\"externalRef\":\"T-1\",\"actType\":\"LICENSING\",\"decidedOn\":\"2026-09-24\",\"partyName\":\"甲\",\"major\":false,\"recordedAudioVisual\":false,\"publicizedOn\":\"2026-10-12\"}",
                // penalty published 13 Oct (late), major reviewed before, recorded
                "{\"externalRef\":\"T-2\",\"actType\":\"PENALTY\",\"decidedOn\":\"2026-09-24\",\"partyName\":\"乙\",\"penaltyKinds\":[\"WARNING\"],\"major\":true,\"legalReviewedOn\":\"2026-09-23\",\"recordedAudioVisual\":true,\"publicizedOn\":\"2026-10-13\"}",
                // penalty never published (due long past), major reviewed after the decision, not recorded
                "{\"externalRef\":\"T-3\",\"actType\":\"PENALTY\",\"decidedOn\":\"2026-09-24\",\"partyName\":\"丙\",\"penaltyKinds\":[\"WARNING\"],\"major\":true,\"legalReviewedOn\":\"2026-09-25\",\"recordedAudioVisual\":false}");
        postJson(kaifu, API + "/action-reports", "{\"agencyId\":\"" + agency + "\",\"actions\":[" + records + "]}").andExpect(jsonPath("$.accepted").value(3));
        String q = "?agencyId=" + agency + "&from=2026-09-01&to=2026-09-30";
        getJson(kaifu, API + "/three-systems" + q).andExpect(status().isOk())
                .andExpect(jsonPath("$.publication.numerator").value(1)).andExpect(jsonPath("$.publication.denominator").value(3))
                .andExpect(jsonPath("$.legalReview.numerator").value(1)).andExpect(jsonPath("$.legalReview.denominator").value(2))
                .andExpect(jsonPath("$.legalReview.fraction").value(0.5))
                .andExpect(jsonPath("$.recording.numerator").value(1)).andExpect(jsonPath("$.recording.denominator").value(2))
                .andExpect(jsonPath("$.agencies[0].actions").value(3));
        getJson(kaifu, API + "/three-systems/offences" + q + "&system=PUBLICATION").andExpect(jsonPath("$.page.totalElements").value(2));
        getJson(kaifu, API + "/three-systems/offences" + q + "&system=LEGAL_REVIEW").andExpect(jsonPath("$.content[0].externalRef").value("T-3"));
        getJson(kaifu, API + "/three-systems/offences" + q + "&system=RECORDING").andExpect(jsonPath("$.content[0].externalRef").value("T-3"));
        getJson(jinyun, API + "/three-systems" + q).andExpect(status().isNotFound());
        getJson(kaifu, API + "/three-systems?from=2026-10-01&to=2026-09-01").andExpect(status().isBadRequest());
    }

    @Test
    void theActionListFiltersAndExportsCsv() throws Exception {
        UUID agency = agency(kaifu);
        postJson(kaifu, API + "/action-reports", "{\"agencyId\":\"" + agency + "\",\"actions\":["
                + "{\"externalRef\":\"L-1\",\"actType\":\"LICENSING\",\"decidedOn\":\"2026-03-01\",\"partyName\":\"甲\",\"major\":false,\"recordedAudioVisual\":true},"
                + "{\"externalRef\":\"L-2\",\"actType\":\"OTHER\",\"decidedOn\":\"2026-04-01\",\"partyName\":\"乙\",\"major\":false,\"recordedAudioVisual\":true}]}")
                .andExpect(jsonPath("$.accepted").value(2));
        getJson(kaifu, API + "/actions?agencyId=" + agency + "&actType=OTHER").andExpect(jsonPath("$.page.totalElements").value(1));
        getJson(kaifu, API + "/actions?agencyId=" + agency + "&from=2026-03-15&to=2026-12-31").andExpect(jsonPath("$.content[0].externalRef").value("L-2"));
        getJson(kaifu, API + "/actions?agencyId=" + agency + "&size=201").andExpect(status().isBadRequest());
        String csv = as(kaifu, get(API + "/actions?agencyId=" + agency).accept("text/csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("记录编号").contains("L-1").contains("L-2");
    }

    @Test
    void statisticsCountOnlyTheCallersDivision() throws Exception {
        var rongcheng = TestCallers.client(RONGCHENG, "enforcement.read", "enforcement.write");
        UUID agency = agency(rongcheng);
        officer(rongcheng, agency, true, today().minusDays(3));
        postJson(rongcheng, API + "/action-reports", "{\"agencyId\":\"" + agency + "\",\"actions\":["
                + "{\"externalRef\":\"S-1\",\"actType\":\"PENALTY\",\"decidedOn\":\"2026-05-01\",\"partyName\":\"甲\",\"penaltyKinds\":[\"FINE\"],\"amount\":1000,\"major\":false,\"recordedAudioVisual\":true,\"publicizedOn\":\"2026-05-06\"},"
                + "{\"externalRef\":\"S-2\",\"actType\":\"LICENSING\",\"decidedOn\":\"2026-05-02\",\"partyName\":\"乙\",\"major\":false,\"recordedAudioVisual\":true,\"publicizedOn\":\"2026-05-06\"}]}")
                .andExpect(jsonPath("$.accepted").value(2));
        postJson(rongcheng, API + "/legality-reviews", "{\"subjectType\":\"MEETING_AGENDA\",\"title\":\"议题\",\"requestingUnit\":\"政府办\",\"meetingOn\":\"2026-11-20\",\"receivedOn\":\"2026-11-02\"}")
                .andExpect(status().isCreated());
        getJson(rongcheng, API + "/statistics?from=2026-01-01&to=2026-12-31").andExpect(status().isOk())
                .andExpect(jsonPath("$.actions.total").value(2))
                .andExpect(jsonPath("$.actions.penaltyAmount").value(1000.0))
                .andExpect(jsonPath("$.threeSystems.publication.fraction").value(1.0))
                .andExpect(jsonPath("$.legalityReviews.total").value(1))
                .andExpect(jsonPath("$.people.expiredCertificates").value(1));
        getJson(jinyun, API + "/statistics?divisionCode=" + RONGCHENG + "&from=2026-01-01&to=2026-12-31")
                .andExpect(jsonPath("$.actions.total").value(0)).andExpect(jsonPath("$.people.officers").value(0));
        // CSV and Excel by Accept: the same figures as the JSON of the same request
        String stats = API + "/statistics?from=2026-01-01&to=2026-12-31";
        int total = read(getJson(rongcheng, stats), "$.actions.total");
        inBothExports(rongcheng, stats, sheet -> {
            assertThat(sheet.figure("执法数据", "报送执法行为总数")).isEqualTo(String.valueOf(total));
            assertThat(sheet.figure("执法数据 · 按执法行为类别", "行政处罚")).isEqualTo("1");
            assertThat(sheet.figure("三项制度", "执法信息按时公示率")).startsWith("100.00%(");
            assertThat(sheet.figure("执法主体与人员", "执法证已过期人数")).isEqualTo("1");
        });
        assertThat(exported(jinyun, API + "/statistics?divisionCode=" + RONGCHENG + "&from=2026-01-01&to=2026-12-31",
                ExportFormat.CSV_TYPE).figure("执法数据", "报送执法行为总数")).isEqualTo("0");
        getJson(kaifu, API + "/officers?certificateStatus=EXPIRED&agencyId=" + agency).andExpect(jsonPath("$.page.totalElements").value(0));
        getJson(rongcheng, API + "/officers?certificateStatus=EXPIRED&agencyId=" + agency).andExpect(jsonPath("$.page.totalElements").value(1));
    }
}
