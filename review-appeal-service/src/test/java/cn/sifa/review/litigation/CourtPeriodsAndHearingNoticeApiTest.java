package cn.sifa.review.litigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.sifa.review.ReviewAppealApiTest;

/** The court's periods (行政诉讼法第81、83、88条) and the 出庭通知书 (出庭应诉规定第4、5条). */
class CourtPeriodsAndHearingNoticeApiTest extends ReviewAppealApiTest {

    private static final String L = API + "/litigations/";

    private String lawsuit(String instance, String summonsOn, String court) throws Exception {
        String json = """
                {"court":"长沙市开福区人民法院","courtCaseNo":"(2026)湘0105行初%d号","instance":"%s","plaintiff":"张三",
                 "defendantAgencies":["长沙市开福区人民政府"],"actCategory":"PENALTY","summonsReceivedOn":"%s"%s}"""
                .formatted(System.nanoTime() % 100000, instance, summonsOn, court);
        return read(postJson(kaifu, API + "/litigations", json).andExpect(status().isCreated()), "$.id");
    }

    private String due(String id, String kind) throws Exception {
        List<String> dates = read(getJson(kaifu, L + id), "$.deadlines[?(@.kind == '" + kind + "')].dueDate");
        return dates.get(dates.size() - 1);
    }

    @Test
    void theCourtPeriodRunsFromRegistrationByInstanceAndProcedureAndTheJudgmentMeetsIt() throws Exception {
        String first = lawsuit("FIRST", "2026-07-06", ",\"registeredOn\":\"2026-06-30\"");
        assertThat(due(first, "RV_LIT_COURT_FIRST")).isEqualTo("2026-12-30"); // 6 months (第81条)
        getJson(kaifu, L + first).andExpect(jsonPath("$.courtProcedure").value("ORDINARY"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_LIT_COURT_FIRST')].basis").value(hasItem(containsString("第81条"))));
        String simple = lawsuit("FIRST", "2026-09-03", ",\"registeredOn\":\"2026-09-01\",\"courtProcedure\":\"SIMPLE\"");
        assertThat(due(simple, "RV_LIT_COURT_SIMPLE")).isEqualTo("2026-10-16"); // 45 days (第83条)
        String second = lawsuit("SECOND", "2026-08-03", ",\"registeredOn\":\"2026-07-31\"");
        assertThat(due(second, "RV_LIT_COURT_SECOND")).isEqualTo("2026-11-02"); // 3 months end on Sat 31 Oct → Mon (第88条)
        String unregistered = lawsuit("FIRST", "2026-11-02", "");
        getJson(kaifu, L + unregistered).andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_LIT_COURT_FIRST')]").isEmpty());

        // 高院 extends the first instance by 3 months (第81条); a simple case is not extended (第84条: converted instead).
        step(kaifu, L + first + "/court-extension", "{\"months\":3,\"approvedBy\":\"湖南省高级人民法院\",\"approvedOn\":\"2026-11-10\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.courtExtensionMonths").value(3));
        assertThat(due(first, "RV_LIT_COURT_FIRST")).isEqualTo("2027-03-30");
        step(kaifu, L + simple + "/court-extension", "{\"months\":1,\"approvedBy\":\"高院\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("simple-no-extension"));
        step(kaifu, L + unregistered + "/court-extension", "{\"months\":1,\"approvedBy\":\"高院\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("no-court-period"));
        step(kaifu, L + first + "/judgment", "{\"outcome\":\"REJECT\",\"judgedOn\":\"2026-11-20\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_LIT_COURT_FIRST')].status").value(hasItem("MET")));

        long before = count("rv_litigation", "true");
        postJson(kaifu, API + "/litigations", """
                {"court":"某中级人民法院","courtCaseNo":"(2026)湘01行终9号","instance":"SECOND","plaintiff":"张三",
                 "defendantAgencies":["长沙市开福区人民政府"],"actCategory":"PENALTY","summonsReceivedOn":"2026-11-02",
                 "registeredOn":"2026-11-05","courtProcedure":"SIMPLE"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code", hasItem("simple-first-instance-only")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("date-after-summons")));
        assertThat(count("rv_litigation", "true")).isEqualTo(before);
    }

    @Test
    void theCourtConvertsASimpleCaseToTheOrdinaryProcedureAndThePeriodRunsSixMonthsFromRegistration() throws Exception {
        String simple = lawsuit("FIRST", "2026-09-03", ",\"registeredOn\":\"2026-09-01\",\"courtProcedure\":\"SIMPLE\"");
        String ordinary = lawsuit("FIRST", "2026-09-03", ",\"registeredOn\":\"2026-09-01\"");
        step(kaifu, L + ordinary + "/court-procedure-conversion", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("not-simple"));
        step(kaifu, L + simple + "/court-procedure-conversion", "{\"convertedOn\":\"2026-08-31\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("convertedOn"));
        // Ruled on 10-10, inside the 45 days: the simple period is cancelled and 6 months run from 立案 (解释第105条).
        step(kaifu, L + simple + "/court-procedure-conversion", "{\"convertedOn\":\"2026-10-10\",\"note\":\"案情复杂\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.courtProcedure").value("ORDINARY"))
                .andExpect(jsonPath("$.courtConvertedOn").value("2026-10-10"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_LIT_COURT_SIMPLE')].status").value(hasItem("CANCELLED")))
                .andExpect(jsonPath("$.history[-1].comment").value(containsString("转为普通程序")));
        assertThat(due(simple, "RV_LIT_COURT_FIRST")).isEqualTo("2027-03-01"); // 09-01 + 6 months
        // Converted once: no second conversion, and now the ordinary period can be extended.
        step(kaifu, L + simple + "/court-procedure-conversion", "{}").andExpect(status().isBadRequest());
        step(kaifu, L + simple + "/court-extension", "{\"months\":3,\"approvedBy\":\"湖南省高级人民法院\"}").andExpect(status().isOk());
        assertThat(due(simple, "RV_LIT_COURT_FIRST")).isEqualTo("2027-06-01");
        getJson(jinyun, L + simple).andExpect(status().isNotFound());
    }

    @Test
    void aHearingNoticeRecordsTheDateAndWarnsWhenServedFewerThanThreeDaysAhead() throws Exception {
        String id = lawsuit("FIRST", "2026-11-02", "");
        step(kaifu, L + id + "/hearing-notice", "{\"servedOn\":\"2026-11-16\",\"hearingOn\":\"2026-11-20\",\"headRequired\":true}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUMMONS_RECEIVED"))
                .andExpect(jsonPath("$.scheduledHearingOn").value("2026-11-20"))
                .andExpect(jsonPath("$.noticeEarliestHearing").value("2026-11-19"))
                .andExpect(jsonPath("$.noticeShort").value(false))
                .andExpect(jsonPath("$.hearingNoticeWarning").doesNotExist())
                .andExpect(jsonPath("$.courtRequiredHead").value(true))
                .andExpect(jsonPath("$.history[?(@.action == 'hearing-notice')].comment", hasItem(containsString("负责人出庭"))));

        // Served on Wed 18 Nov for Fri 20 Nov: fewer than 3 days. Recorded, with a warning on the record and in its history.
        step(kaifu, L + id + "/hearing-notice", "{\"servedOn\":\"2026-11-18\",\"hearingOn\":\"2026-11-20\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.noticeShort").value(true))
                .andExpect(jsonPath("$.hearingNoticeWarning", containsString("不足3日")))
                .andExpect(jsonPath("$.history[?(@.action == 'hearing-notice')].comment", hasItem(containsString("不足3日"))));

        step(kaifu, L + id + "/hearing-notice", "{\"servedOn\":\"2026-11-18\",\"hearingOn\":\"2026-11-17\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("date-order"));
        step(kaifu, L + id + "/hearing-notice", "{\"servedOn\":\"2026-11-18\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hearingOn"));
        getJson(jinyun, L + id).andExpect(status().isNotFound());
        postJson(jinyun, L + id + "/hearing-notice", "{\"hearingOn\":\"2026-12-20\"}").andExpect(status().isNotFound());
    }
}
