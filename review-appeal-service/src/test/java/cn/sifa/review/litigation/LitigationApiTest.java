package cn.sifa.review.litigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.sifa.core.export.ExportFormat;
import cn.sifa.review.ReviewAppealApiTest;

class LitigationApiTest extends ReviewAppealApiTest {

    private static final String L = API + "/litigations/";
    private static final String R = API + "/reconsiderations/";

    private String lawsuit(String related, String summonsOn, String instance) throws Exception {
        String json = """
                {"court":"长沙市开福区人民法院","courtCaseNo":"(2026)湘0105行初%d号","instance":"%s","plaintiff":"张三",
                 "defendantAgencies":["长沙市开福区人民政府","长沙市开福区市场监督管理局"],%s"actCategory":"PENALTY",
                 "summonsReceivedOn":"%s"}""".formatted(System.nanoTime() % 100000, instance,
                related == null ? "" : "\"relatedReconsiderationId\":\"" + related + "\",", summonsOn);
        return read(postJson(kaifu, API + "/litigations", json).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUMMONS_RECEIVED")), "$.id");
    }

    private String due(String id, String kind) throws Exception {
        List<String> dates = read(getJson(kaifu, L + id), "$.deadlines[?(@.kind == '" + kind + "')].dueDate");
        return dates.get(dates.size() - 1);
    }

    @Test
    void suitAfterAnUpheldReconsiderationFromSummonsToEffectiveJudgment() throws Exception {
        String recon = reconsideration(kaifu, LocalDate.of(2026, 8, 3), "PENALTY", "5000");
        step(kaifu, R + recon + "/acceptance", "{\"decision\":\"ACCEPT\",\"procedure\":\"ORDINARY\",\"decidedOn\":\"2026-08-05\"}").andExpect(status().isOk());
        step(kaifu, R + recon + "/decision", "{\"outcome\":\"UPHOLD\",\"decidedOn\":\"2026-09-10\",\"approvalMode\":\"COLLECTIVE\",\"approvedBy\":\"县政府常务会议\"}")
                .andExpect(status().isOk());
        step(kaifu, R + recon + "/service", "{\"servedOn\":\"2026-09-14\"}").andExpect(status().isOk());

        // Summons received Fri 18 Sep: 15 calendar days → Sat 3 Oct, in 国庆 → the first working day after, Thu 8 Oct.
        String id = lawsuit(recon, "2026-09-18", "FIRST");
        getJson(kaifu, R + recon).andExpect(jsonPath("$.status").value("LITIGATED"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_LITIGATION_WINDOW')].status").value(hasItem("MET")));
        assertThat(due(id, "RV_LIT_DEFENCE")).isEqualTo("2026-10-08");
        getJson(kaifu, L + id).andExpect(jsonPath("$.relatedReconsiderationId").value(recon))
                .andExpect(jsonPath("$.deadlines[0].basis").value(org.hamcrest.Matchers.containsString("第67条")));
        getJson(kaifu, API + "/litigations?relatedReconsiderationId=" + recon).andExpect(jsonPath("$.content[0].id").value(id));

        step(kaifu, L + id + "/defence-filed", "{\"filedOn\":\"2026-09-30\",\"evidenceFiled\":true,\"normativeDocumentsFiled\":true}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DEFENCE_FILED"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_LIT_DEFENCE')].status").value(hasItem("MET")));
        // a staff member alone must give the head's reason and say whether proof was filed
        step(kaifu, L + id + "/hearings", "{\"heldOn\":\"2026-10-20\",\"appearanceRole\":\"STAFF\",\"appearedName\":\"法制科 王某\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(2));
        step(kaifu, L + id + "/hearings", """
                {"heldOn":"2026-10-20","appearanceRole":"DEPUTY_HEAD","appearedName":"李副区长","headSpoke":true,"courtRequiredHead":true}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HEARD"))
                .andExpect(jsonPath("$.headAppeared").value(true)).andExpect(jsonPath("$.courtRequiredHead").value(true));
        step(kaifu, L + id + "/effective", "{}").andExpect(status().isConflict());
        // judgment received Fri 20 Nov: 15 days → Sat 5 Dec → Mon 7 Dec
        step(kaifu, L + id + "/judgment", "{\"outcome\":\"REJECT\",\"judgedOn\":\"2026-11-18\",\"receivedOn\":\"2026-11-20\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.rulingKind").value("JUDGMENT")).andExpect(jsonPath("$.lost").value(false));
        assertThat(due(id, "RV_LIT_APPEAL_JUDGMENT")).isEqualTo("2026-12-07");
        step(kaifu, L + id + "/effective", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("appeal-window-running"));
        clock.setToday(LocalDate.of(2026, 12, 9));
        step(kaifu, L + id + "/effective", "{\"effectiveOn\":\"2026-12-08\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EFFECTIVE")).andExpect(jsonPath("$.allowedActions").isEmpty());
    }

    @Test
    void rulingHasATenDayAppealWindowAndAnAppealMeetsIt() throws Exception {
        String id = lawsuit(null, "2026-11-02", "FIRST");
        step(kaifu, L + id + "/hearings", "{\"heldOn\":\"2026-11-20\",\"appearanceRole\":\"STAFF\",\"appearedName\":\"王某\"}")
                .andExpect(status().isConflict());
        step(kaifu, L + id + "/judgment", "{\"outcome\":\"SUIT_DISMISSED\",\"judgedOn\":\"2026-11-20\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.rulingKind").value("RULING"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_LIT_DEFENCE')].status").value(hasItem("CANCELLED")));
        assertThat(due(id, "RV_LIT_APPEAL_RULING")).isEqualTo("2026-11-30");
        step(kaifu, L + id + "/appeal", "{\"appellant\":\"原告\",\"appealedOn\":\"2026-11-27\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPEALED"));
        step(kaifu, L + id + "/accountability", "{\"person\":\"王某\",\"measure\":\"ADMONISHMENT\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("not-lost"));
    }

    @Test
    void aLostCaseRecordsWhoIsHeldAccountable() throws Exception {
        String id = lawsuit(null, "2026-10-12", "FIRST");
        step(kaifu, L + id + "/defence-filed", "{\"filedOn\":\"2026-10-20\",\"evidenceFiled\":false}").andExpect(status().isOk());
        step(kaifu, L + id + "/judgment", "{\"outcome\":\"REVOKE\",\"judgedOn\":\"2026-11-25\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.lost").value(true));
        step(kaifu, L + id + "/accountability", """
                {"person":"王某","position":"法制科科长","measure":"ADMONISHMENT","decidedOn":"2026-12-01","note":"未按期举证"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.accountability[0].measureLabel").value("诫勉"))
                .andExpect(jsonPath("$.status").value("JUDGED"));
        step(kaifu, L + id + "/accountability", """
                {"person":"李某","measure":"REMINDER_TALK","decidedOn":"2026-12-02"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.accountability.length()").value(2));
        getJson(kaifu, API + "/statistics?from=2026-12-01&to=2026-12-04")
                .andExpect(jsonPath("$.litigation.accountabilityByMeasure[*].code", hasItem("ADMONISHMENT")));
        getJson(jinyun, API + "/statistics?from=2026-12-01&to=2026-12-04")
                .andExpect(jsonPath("$.litigation.accountabilityByMeasure").isEmpty());
    }

    @Test
    void anEffectiveLossIsPerformedOnceAndAWonCaseHasNothingToPerform() throws Exception {
        String id = lawsuit(null, "2026-10-12", "FIRST");
        step(kaifu, L + id + "/judgment", "{\"outcome\":\"REVOKE\",\"judgedOn\":\"2026-11-02\"}").andExpect(status().isOk());
        step(kaifu, L + id + "/performance", "{\"note\":\"已撤销\"}").andExpect(status().isConflict());
        step(kaifu, L + id + "/effective", "{\"effectiveOn\":\"2026-11-20\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.allowedActions", hasItem("performance")));
        step(kaifu, L + id + "/performance", "{\"note\":\" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        step(kaifu, L + id + "/performance", "{\"note\":\"已撤销原处罚决定并重新作出\",\"performedOn\":\"2026-11-19\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("performedOn"));
        step(kaifu, L + id + "/performance", "{\"note\":\"已撤销原处罚决定并重新作出\",\"performedOn\":\"2026-12-01\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.performedOn").value("2026-12-01"))
                .andExpect(jsonPath("$.performanceNote").value("已撤销原处罚决定并重新作出"))
                .andExpect(jsonPath("$.allowedActions", not(hasItem("performance"))))
                .andExpect(jsonPath("$.history[*].comment", hasItem("履行裁判:已撤销原处罚决定并重新作出")));
        step(kaifu, L + id + "/performance", "{\"note\":\"再次\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("already-performed"));
        assertThat(count("rv_litigation", "id = ?::uuid and performance_note = '已撤销原处罚决定并重新作出'", id)).isEqualTo(1);

        String won = lawsuit(null, "2026-10-12", "FIRST");
        step(kaifu, L + won + "/judgment", "{\"outcome\":\"REJECT\",\"judgedOn\":\"2026-11-02\"}").andExpect(status().isOk());
        step(kaifu, L + won + "/effective", "{\"effectiveOn\":\"2026-11-20\"}").andExpect(status().isOk());
        step(kaifu, L + won + "/performance", "{\"note\":\"无\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("not-lost"));
        postJson(jinyun, L + id + "/performance", "\"3\"", "{\"note\":\"别县\"}").andExpect(status().isNotFound());
    }

    @Test
    void anotherDivisionCannotSeeOrLinkAndBadInputWritesNothing() throws Exception {
        String id = lawsuit(null, "2026-11-02", "FIRST");
        getJson(jinyun, L + id).andExpect(status().isNotFound());
        getJson(jinyun, API + "/litigations?size=200").andExpect(jsonPath("$.content[*].id", not(hasItem(id))));
        long before = count("rv_litigation", "true");
        String recon = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "PENALTY", "100");
        postJson(jinyun, API + "/litigations", """
                {"court":"缙云县人民法院","courtCaseNo":"X1","instance":"FIRST","plaintiff":"甲","defendantAgencies":["缙云县人民政府"],
                 "relatedReconsiderationId":"%s","actCategory":"PENALTY","summonsReceivedOn":"2026-11-02"}""".formatted(recon))
                .andExpect(status().isNotFound());
        postJson(kaifu, API + "/litigations", """
                {"court":"","courtCaseNo":"X1","instance":"THIRD","plaintiff":"甲","defendantAgencies":[],"actCategory":"PENALTY"}""")
                .andExpect(status().isBadRequest());
        postJson(kaifu, API + "/litigations", """
                {"court":"法院","courtCaseNo":"X1","instance":"FIRST","plaintiff":"甲","defendantAgencies":["某局"],"actCategory":"PENALTY",
                 "lawyer":"某律师"}""").andExpect(status().isBadRequest());
        assertThat(count("rv_litigation", "true")).isEqualTo(before);
    }

    @Test
    void statisticsCountTheCallersDivisionOnly() throws Exception {
        clock.setToday(LocalDate.of(2026, 12, 4));
        String stats = API + "/statistics?from=2026-11-01&to=2026-11-30";
        int reconsBefore = read(getJson(kaifu, stats), "$.reconsideration.received");
        int jinyunBefore = read(getJson(jinyun, stats), "$.reconsideration.received");
        int correctedBefore = read(getJson(kaifu, stats), "$.reconsideration.correctionRate.numerator");
        int heardBefore = read(getJson(kaifu, stats), "$.litigation.headAppearanceRate.denominator");

        String revoked = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "PENALTY", "100");
        step(kaifu, R + revoked + "/acceptance", "{\"decision\":\"ACCEPT\",\"procedure\":\"ORDINARY\",\"decidedOn\":\"2026-11-04\"}").andExpect(status().isOk());
        step(kaifu, R + revoked + "/decision", "{\"outcome\":\"REVOKE\",\"decidedOn\":\"2026-11-20\",\"approvalMode\":\"HEAD\",\"approvedBy\":\"县长\"}").andExpect(status().isOk());
        String lawsuit = lawsuit(null, "2026-11-02", "FIRST");
        step(kaifu, L + lawsuit + "/defence-filed", "{\"filedOn\":\"2026-11-10\",\"evidenceFiled\":true}").andExpect(status().isOk());
        step(kaifu, L + lawsuit + "/hearings", """
                {"heldOn":"2026-11-20","appearanceRole":"STAFF","appearedName":"王某","absenceReason":"IRREPLACEABLE_DUTY","absenceProofFiled":true}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.headAppeared").value(false));

        getJson(kaifu, stats).andExpect(status().isOk())
                .andExpect(jsonPath("$.reconsideration.received").value(reconsBefore + 1))
                .andExpect(jsonPath("$.reconsideration.correctionRate.numerator").value(correctedBefore + 1))
                .andExpect(jsonPath("$.reconsideration.byActCategory[*].code", hasItem("PENALTY")))
                .andExpect(jsonPath("$.litigation.headAppearanceRate.denominator").value(heardBefore + 1));
        getJson(jinyun, stats).andExpect(jsonPath("$.reconsideration.received").value(jinyunBefore));
        getJson(kaifu, API + "/statistics?from=2026-12-01&to=2026-11-01").andExpect(status().isBadRequest());

        // CSV and Excel by Accept: the same figures as the JSON of the same request
        int received = read(getJson(kaifu, stats), "$.reconsideration.received");
        int heard = read(getJson(kaifu, stats), "$.litigation.headAppearanceRate.denominator");
        inBothExports(kaifu, stats, sheet -> {
            assertThat(sheet.figure("行政复议", "收到申请(收到日期在期间内)")).isEqualTo(String.valueOf(received));
            assertThat(sheet.figure("行政应诉", "负责人出庭应诉率")).endsWith("/" + heard + ")");
        });
        assertThat(exported(jinyun, stats, ExportFormat.CSV_TYPE).figure("行政复议", "收到申请(收到日期在期间内)"))
                .isEqualTo(String.valueOf(jinyunBefore));
    }
}
