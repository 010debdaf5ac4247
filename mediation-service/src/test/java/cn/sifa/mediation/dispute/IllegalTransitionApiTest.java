package cn.sifa.mediation.dispute;

import static cn.sifa.mediation.testing.MediationApi.KAIFU_STAFF;
import static cn.sifa.mediation.testing.MediationApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import cn.sifa.mediation.testing.CaseStates;
import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/** Every step a state does not allow answers 409 invalid-transition, names the state and the allowed steps, and writes nothing. */
class IllegalTransitionApiTest extends MediationApiTest {


    MediationApi api;
    CaseStates states;

    static final Map<String, String> BODIES = new LinkedHashMap<>();

    static {
        BODIES.put("accept", "{\"mediatorIds\":[\"%s\"]}");
        BODIES.put("decline", "{\"reason\":\"理由\"}");
        BODIES.put("sessions", "{\"place\":\"调解室\",\"notes\":\"记录\"}");
        BODIES.put("escalation-reports", "{\"policeStation\":\"派出所\"}");
        BODIES.put("agreement", "{\"form\":\"ORAL\",\"terms\":\"和解\"}");
        BODIES.put("fail", "{\"reason\":\"破裂\"}");
        BODIES.put("performance", "{\"result\":\"PERFORMED\"}");
        BODIES.put("judicial-confirmation", "{\"court\":\"开福区人民法院\"}");
        BODIES.put("follow-ups", "{\"method\":\"PHONE\",\"notes\":\"回访\"}");
        BODIES.put("archive", "{}");
    }

    @BeforeEach
    void setUp() {
        api = new MediationApi(mvc, jdbc);
        api.ensureBureau("430105", "长沙市开福区司法局", "开福");
        states = new CaseStates(api, KAIFU_STAFF, api.ensureMediator("430105", "王调解员"));
    }

    @Test
    void everyStepTheStateDoesNotAllowAnswers409() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("REGISTERED", states.registered());
        cases.put("ACCEPTED", states.accepted());
        cases.put("MEDIATING", states.mediating());
        cases.put("DECLINED", states.declined());
        cases.put("FAILED", states.failed());
        cases.put("AGREEMENT_REACHED", states.agreed());
        cases.put("ARCHIVED", states.archived());
        String mediator = jdbc.queryForObject("select id::text from med_mediator where name = '王调解员' and division_code = '430105'", String.class);
        int refused = 0;
        for (var c : cases.entrySet()) {
            MvcResult detail = api.fetch(KAIFU_STAFF, c.getValue()).andReturn();
            List<String> allowed = read(detail, "$.allowedActions");
            int version = read(detail, "$.version");
            int history = jdbc.queryForObject("select count(*) from core_transition where record_id = ?::uuid", Integer.class,
                    c.getValue().substring(c.getValue().lastIndexOf('/') + 1));
            for (var action : BODIES.entrySet()) {
                if (allowed.contains(action.getKey())) {
                    continue;
                }
                refused++;
                api.send(KAIFU_STAFF, c.getValue() + "/" + action.getKey(), action.getValue().formatted(mediator))
                        .andExpect(status().isConflict())
                        .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/invalid-transition"))
                        .andExpect(jsonPath("$.currentState").value(c.getKey()))
                        .andExpect(jsonPath("$.allowedActions").value(allowed));
            }
            MvcResult after = api.fetch(KAIFU_STAFF, c.getValue()).andReturn();
            assertThat((int) read(after, "$.version")).as(c.getKey()).isEqualTo(version);
            assertThat(jdbc.queryForObject("select count(*) from core_transition where record_id = ?::uuid", Integer.class,
                    c.getValue().substring(c.getValue().lastIndexOf('/') + 1))).isEqualTo(history);
        }
        assertThat(refused).isGreaterThanOrEqualTo(45);
    }

    @Test
    void aPendingJudicialConfirmationCannotBeAppliedForTwice() throws Exception {
        String path = states.agreed();
        states.step(path, "judicial-confirmation", "{\"appliedOn\":\"2026-10-21\",\"court\":\"开福区人民法院\"}");
        api.send(KAIFU_STAFF, path + "/archive", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("AGREEMENT_REACHED"));
        api.send(KAIFU_STAFF, path + "/judicial-confirmation", "{\"court\":\"另一法院\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("result"));
    }
}
