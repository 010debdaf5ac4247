package cn.sifa.legalaid.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.sifa.legalaid.LegalAidApiTest;

/** 值班律师: the services at the posts, and a detained person's application forwarded within 24 hours (Art 39). */
class DutyLawyerApiTest extends LegalAidApiTest {

    private static final String DUTY = API + "/duty-lawyer-services";

    private String service(String provider, String extra) {
        return """
                {"postKind":"DETENTION_HOUSE","postName":"长沙市第一看守所法律援助工作站","providerId":"%s","servedOn":"2026-12-03",
                 "serviceKind":"LEGAL_ADVICE","pleaLeniency":true,"pleaSigningWitnessed":true,"personsHelped":3%s}"""
                .formatted(provider, extra == null ? "" : "," + extra);
    }

    @Test
    void aDutyLawyersServiceIsRegisteredListedFilteredAndExported() throws Exception {
        String lawyer = provider(kaifu, "LAWYER", null);
        String id = read(postJson(kaifu, DUTY, service(lawyer, "\"note\":\"为3名犯罪嫌疑人提供法律帮助,见证1人签署具结书\""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(DUTY + "/")))
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.postKindLabel").value("看守所"))
                .andExpect(jsonPath("$.serviceKindLabel").value("提供法律咨询"))
                .andExpect(jsonPath("$.pleaLeniency").value(true))
                .andExpect(jsonPath("$.personsHelped").value(3))
                .andExpect(jsonPath("$.providerId").value(lawyer)), "$.id");
        String court = read(postJson(kaifu, DUTY, service(lawyer, null).replace("DETENTION_HOUSE", "COURT")
                .replace("\"pleaLeniency\":true,\"pleaSigningWitnessed\":true", "\"pleaLeniency\":false")).andExpect(status().isCreated()), "$.id");
        getJson(kaifu, DUTY + "/" + id).andExpect(status().isOk()).andExpect(jsonPath("$.providerName").value(containsString("援助人员")));

        List<String> plea = read(getJson(kaifu, DUTY + "?pleaLeniency=true&providerId=" + lawyer).andExpect(status().isOk()), "$.content[*].id");
        assertThat(plea).containsExactly(id);
        List<String> courts = read(getJson(kaifu, DUTY + "?postKind=COURT&providerId=" + lawyer), "$.content[*].id");
        assertThat(courts).containsExactly(court);
        String csv = mvc.perform(get(DUTY + "?providerId=" + lawyer).with(as(kaifu)).header("Accept", "text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("参与认罪认罚").contains("长沙市第一看守所法律援助工作站").contains("看守所");
    }

    @Test
    void badServicesAreRefusedAndNothingIsWritten() throws Exception {
        String lawyer = provider(kaifu, "LAWYER", null);
        long before = count("la_duty_lawyer_service", "provider_id = ?::uuid", lawyer);
        postJson(kaifu, DUTY, service(lawyer, null).replace("\"pleaLeniency\":true", "\"pleaLeniency\":false"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("witness-without-plea"));
        postJson(kaifu, DUTY, service(lawyer, null).replace("\"personsHelped\":3", "\"personsHelped\":0")).andExpect(status().isBadRequest());
        postJson(kaifu, DUTY, service(lawyer, null).replace("2026-12-03", "2026-12-05"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("date-in-future"));
        postJson(kaifu, DUTY, service(lawyer, "\"unknown\":1")).andExpect(status().isBadRequest());
        postJson(kaifu, DUTY, service(lawyer, null).replace("DETENTION_HOUSE", "PRISON")).andExpect(status().isBadRequest());
        assertThat(count("la_duty_lawyer_service", "provider_id = ?::uuid", lawyer)).isEqualTo(before);
    }

    @Test
    void anotherCountyNeitherSeesTheServicesNorUsesTheRoster() throws Exception {
        String lawyer = provider(kaifu, "LAWYER", null);
        String id = read(postJson(kaifu, DUTY, service(lawyer, null)).andExpect(status().isCreated()), "$.id");
        getJson(jinyun, DUTY + "/" + id).andExpect(status().isNotFound());
        assertThat(body(getJson(jinyun, DUTY + "?size=200"))).doesNotContain(id);
        postJson(jinyun, DUTY, service(lawyer, null)).andExpect(status().isNotFound());
    }

    @Test
    void aDetainedPersonsApplicationIsForwardedWithin24HoursThenReviewedIn7Days() throws Exception {
        String detained = """
                "detained":true,"detentionPlace":"长沙市第一看守所\"""";
        var created = postJson(kaifu, API + "/applications", applicationJson(KAIFU, "2026-12-03", detained)
                .replace("\"CIVIL\"", "\"CRIMINAL\"").replace("LABOUR_REMUNERATION", "CRIMINAL_DEFENCE")
                .replace("CIVIL_ADMIN_STATE_COMP_AGENCY", "CRIMINAL_DEFENCE_AGENCY"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("AWAITING_FORWARDING"))
                .andExpect(jsonPath("$.detained").value(true))
                .andExpect(jsonPath("$.detentionPlace").value("长沙市第一看守所"))
                .andExpect(jsonPath("$.deadlines.length()").value(1))
                .andExpect(jsonPath("$.deadlines[0].kind").value("LA_DETAINED_FORWARDING"))
                .andExpect(jsonPath("$.deadlines[0].dueDate").value("2026-12-04"))
                .andExpect(jsonPath("$.deadlines[0].basis").value(containsString("第三十九条")))
                .andExpect(jsonPath("$.allowedActions[0]").value("forwarded"));
        String id = read(created, "$.id");
        postJson(kaifu, API + "/applications/" + id + "/decision", "{\"granted\":true}").andExpect(status().isConflict());
        postJson(kaifu, API + "/applications/" + id + "/forwarded", "{\"forwardedOn\":\"2026-12-04\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.forwardedOn").value("2026-12-04"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'LA_DETAINED_FORWARDING')].status").value("MET"))
                // Forwarded Fri 4 Dec: the 7 days of Art 43 run from there, to Fri 11 Dec.
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'LA_REVIEW_DECISION')].dueDate").value("2026-12-11"));

        String late = read(postJson(kaifu, API + "/applications", applicationJson(KAIFU, "2026-11-30", detained))
                .andExpect(status().isCreated()), "$.id");
        List<String> overdue = read(getJson(kaifu, API + "/applications?overdue=true&size=200"), "$.content[*].id");
        assertThat(overdue).contains(late).doesNotContain(id);
        postJson(kaifu, API + "/applications/" + late + "/forwarded", "{\"forwardedOn\":\"2026-12-02\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'LA_DETAINED_FORWARDING')].status").value("MISSED"));
        postJson(kaifu, API + "/applications/" + late + "/forwarded", "{}").andExpect(status().isConflict());

        postJson(kaifu, API + "/applications", applicationJson(KAIFU, "2026-12-03", "\"detained\":true"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("detention-place-required"));
        getJson(jinyun, API + "/applications/" + id).andExpect(status().isNotFound());
    }
}
