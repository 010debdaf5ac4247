package cn.sifa.legalaid.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import cn.sifa.legalaid.LegalAidApiTest;

class StatisticsApiTest extends LegalAidApiTest {

    @Test
    void figuresCountTheirOwnDatesInTheCallersCountyOnly() throws Exception {
        // March 2025 in 缙云: only this test writes there.
        String onTime = read(postJson(jinyun, API + "/applications", applicationJson(JINYUN, "2025-03-03",
                "\"missingMaterials\":[\"劳动合同\"]").replace("\"WINDOW\"", "\"HOME_VISIT\"")).andExpect(status().isCreated()), "$.id");
        String late = application(jinyun, JINYUN, "2025-03-03");
        String caseId = read(postJson(jinyun, API + "/applications/" + onTime + "/decision", "{\"granted\":true,\"decidedOn\":\"2025-03-05\"}")
                .andExpect(status().isOk()), "$.caseId");
        // Due Mon 10 Mar; refused on the 20th: late.
        postJson(jinyun, API + "/applications/" + late + "/decision", "{\"granted\":false,\"reason\":\"不符合条件\",\"decidedOn\":\"2025-03-20\"}")
                .andExpect(status().isOk());
        String lawyer = provider(jinyun, "LAWYER", "2010-01-01");
        postJson(jinyun, API + "/cases/" + caseId + "/assign", "{\"providerId\":\"" + lawyer + "\",\"chosenByApplicant\":true,\"assignedOn\":\"2025-03-06\"}")
                .andExpect(status().isOk());
        postJson(jinyun, API + "/cases/" + caseId + "/close", "{\"result\":\"调解结案\",\"recoveredAmount\":1000,\"closedOn\":\"2025-03-20\"}")
                .andExpect(status().isOk());

        getJson(jinyun, API + "/statistics?from=2025-03-01&to=2025-03-31").andExpect(status().isOk())
                .andExpect(jsonPath("$.applications").value(2))
                .andExpect(jsonPath("$.grants").value(1))
                .andExpect(jsonPath("$.refusals").value(1))
                .andExpect(jsonPath("$.homeVisits").value(1))
                .andExpect(jsonPath("$.acceptedWithMissingMaterials").value(1))
                .andExpect(jsonPath("$.casesOpened").value(1))
                .andExpect(jsonPath("$.casesClosed").value(1))
                .andExpect(jsonPath("$.recoveredAmount").value(1000.00))
                .andExpect(jsonPath("$.migrantWorkerWageCases").value(1))
                .andExpect(jsonPath("$.migrantWorkerWageRecovered").value(1000.00))
                .andExpect(jsonPath("$.civilChosenByApplicant.fraction").value(1.0))
                .andExpect(jsonPath("$.reviewOnTime.numerator").value(1))
                .andExpect(jsonPath("$.reviewOnTime.denominator").value(2))
                .andExpect(jsonPath("$.assignmentOnTime.fraction").value(1.0))
                .andExpect(jsonPath("$.casesByCategory[?(@.code == 'CIVIL')].count").value(1))
                .andExpect(jsonPath("$.casesBySpecialGroup[?(@.code == 'MIGRANT_WORKER')].count").value(1))
                .andExpect(jsonPath("$.applicationsLastYear").value(0))
                .andExpect(jsonPath("$.applicationsGrowth").doesNotExist());
        getJson(kaifu, API + "/statistics?from=2025-03-01&to=2025-03-31").andExpect(status().isOk())
                .andExpect(jsonPath("$.applications").value(0))
                .andExpect(jsonPath("$.recoveredAmount").value(0));
        getJson(jinyun, API + "/statistics?from=2026-03-01&to=2026-03-31")
                .andExpect(jsonPath("$.applicationsLastYear").value(2));

        // CSV and Excel by Accept: the same figures as the JSON of the same request
        String stats = API + "/statistics?from=2025-03-01&to=2025-03-31";
        Integer applications = read(getJson(jinyun, stats), "$.applications");
        inBothExports(jinyun, stats, sheet -> {
            assertThat(sheet.header()).containsExactly("类别", "指标", "数值", "说明");
            assertThat(sheet.figure("", "受理申请数(按收到申请日期)")).isEqualTo(String.valueOf(applications));
            assertThat(sheet.figure("", "审查决定按期率(按期作出 / 期间内作出的审查决定)")).isEqualTo("50.00%(1/2)");
            assertThat(sheet.figure("", "受理申请同比增长(0.2 即 +20%)")).isEqualTo("—");
        });
    }

    @Test
    void dutyLawyersConsultationsSubsidiesObjectionsAndForwardingAreCountedInTheCallersCounty() throws Exception {
        // May 2024 in 缙云 (浙江: the platform default subsidy standards apply): only this test writes there.
        String lawyer = provider(jinyun, "LAWYER", "2010-01-01");
        String kaifuLawyer = provider(kaifu, "LAWYER", null);
        postJson(jinyun, API + "/duty-lawyer-services", duty(lawyer, "DETENTION_HOUSE", "2024-05-10", true, 3)).andExpect(status().isCreated());
        postJson(jinyun, API + "/duty-lawyer-services", duty(lawyer, "COURT", "2024-05-11", false, 2)).andExpect(status().isCreated());
        postJson(kaifu, API + "/duty-lawyer-services", duty(kaifuLawyer, "COURT", "2024-05-11", true, 7)).andExpect(status().isCreated());
        postJson(jinyun, API + "/consultations", consultation("HOTLINE_12348", "2024-05-12", 2)).andExpect(status().isCreated());
        postJson(jinyun, API + "/consultations", consultation("WINDOW", "2024-05-13", 1)).andExpect(status().isCreated());
        postJson(jinyun, API + "/consultations", consultation("WINDOW", "2023-05-13", 1)).andExpect(status().isCreated());
        postJson(kaifu, API + "/consultations", consultation("WINDOW", "2024-05-13", 9)).andExpect(status().isCreated());

        String closed = grantedCase(jinyun, JINYUN, "2024-05-06", null);
        postJson(jinyun, API + "/cases/" + closed + "/assign", "{\"providerId\":\"" + lawyer + "\",\"assignedOn\":\"2024-05-07\"}").andExpect(status().isOk());
        postJson(jinyun, API + "/cases/" + closed + "/close", "{\"result\":\"调解结案\",\"closedOn\":\"2024-05-20\"}").andExpect(status().isOk());
        String terminated = grantedCase(jinyun, JINYUN, "2024-05-06", null);
        postJson(jinyun, API + "/cases/" + terminated + "/assign", "{\"providerId\":\"" + lawyer + "\",\"assignedOn\":\"2024-05-07\"}").andExpect(status().isOk());
        postJson(jinyun, API + "/cases/" + terminated + "/terminate", "{\"ground\":\"CLIENT_REQUEST\",\"terminatedOn\":\"2024-05-08\"}").andExpect(status().isOk());
        postJson(jinyun, API + "/cases/" + terminated + "/objection", "{\"reason\":\"异议\",\"filedOn\":\"2024-05-09\"}").andExpect(status().isOk());
        String detained = read(postJson(jinyun, API + "/applications", applicationJson(JINYUN, "2024-05-07",
                "\"detained\":true,\"detentionPlace\":\"缙云县看守所\"")).andExpect(status().isCreated()), "$.id");
        postJson(jinyun, API + "/applications/" + detained + "/forwarded", "{\"forwardedOn\":\"2024-05-08\"}").andExpect(status().isOk());

        getJson(jinyun, API + "/statistics?from=2024-05-01&to=2024-05-31").andExpect(status().isOk())
                .andExpect(jsonPath("$.applications").value(3))
                .andExpect(jsonPath("$.detainedApplications").value(1))
                .andExpect(jsonPath("$.forwardingOnTime.fraction").value(1.0))
                .andExpect(jsonPath("$.casesOpened").value(2))
                .andExpect(jsonPath("$.casesOpenedLastYear").value(0))
                .andExpect(jsonPath("$.casesOpenedGrowth").doesNotExist())
                .andExpect(jsonPath("$.terminationObjections").value(1))
                .andExpect(jsonPath("$.subsidyTotal").value(1800.00))
                .andExpect(jsonPath("$.dutyLawyerServices").value(2))
                .andExpect(jsonPath("$.dutyLawyerPleaLeniency").value(1))
                .andExpect(jsonPath("$.dutyLawyerSigningsWitnessed").value(1))
                .andExpect(jsonPath("$.dutyLawyerPersonsHelped").value(5))
                .andExpect(jsonPath("$.dutyLawyerPersonsByPost[?(@.code == 'DETENTION_HOUSE')].count").value(3))
                .andExpect(jsonPath("$.dutyLawyerPersonsByPost[?(@.code == 'PROCURATORATE')].count").value(0))
                .andExpect(jsonPath("$.consultations").value(2))
                .andExpect(jsonPath("$.consultationPersons").value(3))
                .andExpect(jsonPath("$.consultationPersonsLastYear").value(1))
                .andExpect(jsonPath("$.consultationPersonsGrowth").value(2.0))
                .andExpect(jsonPath("$.consultationPersonsByChannel[?(@.code == 'HOTLINE_12348')].count").value(2))
                .andExpect(jsonPath("$.consultationPersonsByChannel[?(@.code == 'WINDOW')].count").value(1));
        getJson(jinyun, API + "/statistics?from=2025-05-01&to=2025-05-31").andExpect(jsonPath("$.casesOpenedLastYear").value(2));
    }

    private static String duty(String provider, String post, String on, boolean plea, int persons) {
        return """
                {"postKind":"%s","postName":"工作站","providerId":"%s","servedOn":"%s","serviceKind":"LEGAL_ADVICE",
                 "pleaLeniency":%s,"pleaSigningWitnessed":%s,"personsHelped":%d}""".formatted(post, provider, on, plea, plea, persons);
    }

    private static String consultation(String channel, String on, int persons) {
        return """
                {"channel":"%s","consultedOn":"%s","matter":"LABOUR_REMUNERATION","persons":%d,"summary":"咨询"}""".formatted(channel, on, persons);
    }
}
