package cn.sifa.legalaid.statistics;

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
    }
}
