package cn.sifa.mediation.screening;

import static cn.sifa.mediation.testing.MediationApi.KAIFU_STAFF;
import static cn.sifa.mediation.testing.MediationApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import cn.sifa.mediation.testing.CaseStates;
import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/** A screening becomes a proactive case; a case orders an expert from the pool, who accepts and joins it. */
class ScreeningAndExpertApiTest extends MediationApiTest {


    MediationApi api;
    CaseStates states;
    UUID expert;

    @BeforeEach
    void setUp() {
        api = new MediationApi(mvc, jdbc);
        api.ensureBureau("430105", "长沙市开福区司法局", "开福");
        expert = api.ensureMediator("430105", "医调专家");
        states = new CaseStates(api, KAIFU_STAFF, api.ensureMediator("430105", "王调解员"));
    }

    @Test
    void aHighRiskScreeningBecomesAProactiveCaseOnce() throws Exception {
        MvcResult created = api.send(KAIFU_STAFF, "/api/mediation/v1/screenings", """
                {"screenedOn":"2026-11-02","place":"某小区","disputeType":"PROPERTY_MGMT","summary":"业主与物业因停车收费争执",
                 "riskLevel":"HIGH","escalationRisk":true,
                 "parties":[{"role":"APPLICANT","kind":"PERSON","name":"赵六","idNumber":"11010519491231002X"},
                            {"role":"RESPONDENT","kind":"ORGANIZATION","name":"某物业公司","creditCode":"91350100M000100Y43"}]}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.parties[0].idNumber").value("110105********002X"))
                .andReturn();
        String path = "/api/mediation/v1/screenings/" + read(created, "$.id");
        api.fetch(KAIFU_STAFF, path).andExpect(jsonPath("$.allowedActions", org.hamcrest.Matchers.contains("convert", "resolve")));
        api.send(KAIFU_STAFF, path + "/convert", "{\"receivedOn\":\"2026-11-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("date-before-received"));
        MvcResult converted = api.send(KAIFU_STAFF, path + "/convert", "{\"receivedOn\":\"2026-11-03\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("PROACTIVE"))
                .andExpect(jsonPath("$.disputeType").value("PROPERTY_MGMT"))
                .andExpect(jsonPath("$.escalation.risk").value(true))
                .andExpect(jsonPath("$.parties[1].creditCode").value("91350100M000100Y43"))
                .andReturn();
        assertThat(converted.getResponse().getHeader("Location")).endsWith((String) read(converted, "$.id"));
        // Its detail shows the workflow at the top level, like a case: status, actions, deadlines, overdue and history.
        api.fetch(KAIFU_STAFF, path).andExpect(jsonPath("$.status").value("CONVERTED"))
                .andExpect(jsonPath("$.caseId").value((String) read(converted, "$.id")))
                .andExpect(jsonPath("$.allowedActions").isEmpty())
                .andExpect(jsonPath("$.deadlines").isArray())
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.history[*].action", org.hamcrest.Matchers.contains("register", "convert")))
                .andExpect(jsonPath("$.history[1].toState").value("CONVERTED"));
        api.send(KAIFU_STAFF, path + "/convert", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("CONVERTED"))
                .andExpect(jsonPath("$.allowedActions").isEmpty());
        // A screening is a workflow record: its registration and its conversion are in the history.
        assertThat(jdbc.queryForList("select action from core_transition where record_id = ?::uuid order by occurred_on, recorded_at",
                String.class, path.substring(path.lastIndexOf('/') + 1))).containsExactly("register", "convert");
        assertThat(jdbc.queryForObject("select screening_id::text from med_case where id = ?::uuid", String.class,
                (String) read(converted, "$.id"))).isEqualTo(path.substring(path.lastIndexOf('/') + 1));
        api.fetch(KAIFU_STAFF, "/api/mediation/v1/screenings?escalationRisk=true&riskLevel=HIGH")
                .andExpect(jsonPath("$.content[*].place").value(hasItem("某小区")));
    }

    @Test
    void anExpertFromThePoolAcceptsARequestAndJoinsTheCase() throws Exception {
        String registered = states.registered();
        String caseId = registered.substring(registered.lastIndexOf('/') + 1);
        api.send(KAIFU_STAFF, "/api/mediation/v1/expert-requests", "{\"caseId\":\"" + caseId + "\",\"specialty\":\"MEDICAL\"}")
                .andExpect(status().isConflict());
        String mediating = states.mediating();
        String id = mediating.substring(mediating.lastIndexOf('/') + 1);
        api.send(KAIFU_STAFF, "/api/mediation/v1/expert-requests", "{\"caseId\":\"" + id + "\",\"specialty\":\"LABOUR\",\"expertId\":\"" + expert + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("not-an-expert-for-specialty"));
        MvcResult request = api.send(KAIFU_STAFF, "/api/mediation/v1/expert-requests", """
                {"caseId":"%s","specialty":"MEDICAL","requestedOn":"2026-10-15","note":"需医学专家"}""".formatted(id))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn();
        String path = "/api/mediation/v1/expert-requests/" + read(request, "$.id");
        api.send(KAIFU_STAFF, path + "/accept", "{\"expertId\":\"" + expert + "\",\"respondedOn\":\"2026-10-16\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.allowedActions").isEmpty())
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.history[*].action", org.hamcrest.Matchers.contains("register", "accept")));
        api.fetch(KAIFU_STAFF, path).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.deadlines").isArray())
                .andExpect(jsonPath("$.history.length()").value(2));
        api.fetch(KAIFU_STAFF, mediating).andExpect(jsonPath("$.mediators[*].name").value(hasItem("医调专家")));
        api.send(KAIFU_STAFF, path + "/decline", "{\"expertId\":\"" + expert + "\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("ACCEPTED"));
        // An expert request is a workflow record: its creation and the answer are in its history.
        assertThat(jdbc.queryForList("select action from core_transition where record_id = ?::uuid order by occurred_on, recorded_at",
                String.class, (String) read(request, "$.id"))).containsExactly("register", "accept");
    }
}
