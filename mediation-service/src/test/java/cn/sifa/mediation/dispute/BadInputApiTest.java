package cn.sifa.mediation.dispute;

import static cn.sifa.mediation.testing.MediationApi.BAD_ID;
import static cn.sifa.mediation.testing.MediationApi.CASES;
import static cn.sifa.mediation.testing.MediationApi.KAIFU_STAFF;
import static cn.sifa.mediation.testing.MediationApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.sifa.mediation.testing.CaseStates;
import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/** Bad input answers 400 with every invalid field listed, in Chinese, and leaves nothing written. */
class BadInputApiTest extends MediationApiTest {

    static final List<String> TABLES = List.of("med_case", "med_case_party", "med_case_session", "core_transition", "core_deadline");


    MediationApi api;
    CaseStates states;

    @BeforeEach
    void setUp() {
        api = new MediationApi(mvc, jdbc);
        api.ensureBureau("430105", "长沙市开福区司法局", "开福");
        states = new CaseStates(api, KAIFU_STAFF, api.ensureMediator("430105", "王调解员"));
    }

    List<Integer> counts() {
        return TABLES.stream().map(api::count).toList();
    }

    @Test
    void malformedJsonIsRefused() throws Exception {
        List<Integer> before = counts();
        api.send(KAIFU_STAFF, CASES, "{\"source\":\"PARTY_APPLICATION\",")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/malformed-request"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void wrongTypesAndUnknownCodesNameTheField() throws Exception {
        List<Integer> before = counts();
        api.send(KAIFU_STAFF, CASES, MediationApi.newCase("2026-11-02").replace("\"amountInvolved\":12000", "\"amountInvolved\":\"很多\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amountInvolved"));
        api.send(KAIFU_STAFF, CASES, MediationApi.newCase("2026-11-02").replace("NEIGHBOUR", "QUARREL"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("disputeType"));
        api.send(KAIFU_STAFF, CASES, MediationApi.newCase("2026-11-02").replace("\"role\":\"APPLICANT\"", "\"role\":\"PLAINTIFF\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parties[0].role"));
        api.send(KAIFU_STAFF, CASES, MediationApi.newCase("2026-11-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void missingAndOverLongFieldsAreAllListed() throws Exception {
        List<Integer> before = counts();
        api.send(KAIFU_STAFF, CASES, "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("source", "disputeType", "summary", "parties")))
                .andExpect(jsonPath("$.errors[?(@.field=='summary')].code").value(hasItem("required")));
        api.send(KAIFU_STAFF, CASES, MediationApi.newCase("2026-11-02")
                        .replace("相邻双方因排水沟堵塞发生争执", "争".repeat(2001))
                        .replace("\"name\":\"李四\"", "\"name\":\"" + "李".repeat(101) + "\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("summary", "parties[1].name")))
                .andExpect(jsonPath("$.errors[0].code").value("size"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anInvalidIdNumberIsReportedOnItsParty() throws Exception {
        List<Integer> before = counts();
        api.send(KAIFU_STAFF, CASES, MediationApi.newCase("2026-11-02").replace(MediationApi.VALID_ID, BAD_ID))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parties[0].idNumber"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid-id-number"))
                .andExpect(jsonPath("$.errors[0].message").value("身份证号码校验位不正确"));
        api.send(KAIFU_STAFF, CASES, MediationApi.newCase("2026-11-02")
                        .replace("{\"role\":\"RESPONDENT\",\"kind\":\"PERSON\",\"name\":\"李四\"}",
                                "{\"role\":\"RESPONDENT\",\"kind\":\"ORGANIZATION\",\"name\":\"某物业公司\",\"creditCode\":\"91350100M000100Y44\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parties[1].creditCode"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid-credit-code"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void futureDatesUnknownReferencesAndDatesOutOfOrderAreRefused() throws Exception {
        String path = states.registered();
        List<Integer> before = counts();
        api.send(KAIFU_STAFF, CASES, MediationApi.newCase("2099-01-01").replace("\"source\"",
                        "\"committeeId\":\"00000000-0000-0000-0000-000000000001\",\"source\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("receivedOn", "committeeId")))
                .andExpect(jsonPath("$.errors[?(@.field=='receivedOn')].code").value(hasItem("date-in-future")));
        String mediator = jdbc.queryForObject("select id::text from med_mediator where name = '王调解员' and division_code = '430105'", String.class);
        api.send(KAIFU_STAFF, path + "/accept", "{\"acceptedOn\":\"2026-10-01\",\"mediatorIds\":[\"" + mediator + "\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("acceptedOn"))
                .andExpect(jsonPath("$.errors[0].code").value("date-before-received"));
        api.send(KAIFU_STAFF, path + "/accept", "{\"acceptedOn\":\"2099-10-01\",\"mediatorIds\":[\"" + mediator + "\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("date-in-future"));
        api.send(KAIFU_STAFF, path + "/accept", "{\"mediatorIds\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mediatorIds"));
        api.send(KAIFU_STAFF, path + "/accept", "{\"mediatorIds\":[\"00000000-0000-0000-0000-000000000002\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mediatorIds[0]"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown-mediator"));
        assertThat(counts()).isEqualTo(before);

        String mediating = states.mediating();
        List<Integer> beforeAgreement = counts();
        api.send(KAIFU_STAFF, mediating + "/agreement", "{\"form\":\"WRITTEN\",\"terms\":\"赔偿\",\"effectiveOn\":\"2026-10-13\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("date-before-previous-step"));
        api.send(KAIFU_STAFF, mediating + "/agreement", "{\"form\":\"WRITTEN\",\"terms\":\"赔偿\",\"effectiveOn\":\"2026-10-20\",\"performBy\":\"2026-10-19\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("performBy"));
        api.send(KAIFU_STAFF, mediating + "/sessions", "{\"place\":\"村委会\",\"notes\":\"调解\",\"attendees\":[{\"name\":\"王五\",\"kind\":\"INVITED\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("consent-required"));
        assertThat(counts()).isEqualTo(beforeAgreement);
        assertThat((String) read(api.fetch(KAIFU_STAFF, mediating).andReturn(), "$.status")).isEqualTo("MEDIATING");
    }

    @Test
    void badListParametersAreRefused() throws Exception {
        api.fetch(KAIFU_STAFF, CASES + "?from=2026-10-01&to=2026-09-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        api.fetch(KAIFU_STAFF, CASES + "?size=500").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        api.fetch(KAIFU_STAFF, CASES + "?status=CLOSED").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        api.fetch(KAIFU_STAFF, CASES + "?sort=secret,asc").andExpect(status().isBadRequest());
        api.fetch(KAIFU_STAFF, "/api/mediation/v1/statistics?from=2026-10-01&to=2026-09-01").andExpect(status().isBadRequest());
    }
}
