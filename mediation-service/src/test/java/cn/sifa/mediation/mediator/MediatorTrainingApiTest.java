package cn.sifa.mediation.mediator;

import static cn.sifa.mediation.testing.MediationApi.KAIFU_CLIENT;
import static cn.sifa.mediation.testing.MediationApi.RONGCHENG_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.sifa.core.testing.TestCallers;
import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/** 调解员培训: recorded per mediator, newest first with the hours added up; scoped to the mediator's division. */
class MediatorTrainingApiTest extends MediationApiTest {

    MediationApi api;
    String trainings;

    @BeforeEach
    void setUp() {
        api = new MediationApi(mvc, jdbc);
        UUID mediator = api.ensureMediator("430105", "培训测试调解员");
        trainings = "/api/mediation/v1/mediators/" + mediator + "/trainings";
        jdbc.update("delete from med_mediator_training where mediator_id = ?", mediator);
    }

    @Test
    void recordsTrainingsAndAddsUpTheHours() throws Exception {
        api.send(KAIFU_CLIENT, trainings, """
                {"trainedOn":"2026-03-10","hours":8,"subject":"《民法典》婚姻家庭编与调解实务","organizer":"长沙市司法局"}""")
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.subject").value("《民法典》婚姻家庭编与调解实务"));
        api.send(KAIFU_CLIENT, trainings, """
                {"trainedOn":"2026-09-01","hours":4.5,"subject":"矛盾纠纷排查","certificateNo":"CSTJ-2026-0158"}""")
                .andExpect(status().isCreated());

        api.fetch(KAIFU_CLIENT, trainings).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalHours").value(12.5))
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].trainedOn").value("2026-09-01"))
                .andExpect(jsonPath("$.content[1].organizer").value("长沙市司法局"));
    }

    @Test
    void badInputAndAnotherCountyWriteNothing() throws Exception {
        int before = api.count("med_mediator_training");
        api.send(KAIFU_CLIENT, trainings, "{\"trainedOn\":\"2999-01-01\",\"hours\":8,\"subject\":\"x\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("trainedOn"));
        api.send(KAIFU_CLIENT, trainings, "{\"trainedOn\":\"2026-03-10\",\"hours\":0,\"subject\":\" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("hours", "subject")));
        api.send(KAIFU_CLIENT, trainings, "{\"trainedOn\":\"2026-03-10\",\"hours\":2,\"subject\":\"x\",\"score\":90}")
                .andExpect(status().isBadRequest());
        api.send(RONGCHENG_CLIENT, trainings, "{\"trainedOn\":\"2026-03-10\",\"hours\":2,\"subject\":\"x\"}").andExpect(status().isNotFound());
        api.fetch(RONGCHENG_CLIENT, trainings).andExpect(status().isNotFound());
        api.send(TestCallers.client("430105", "mediation.read"), trainings, "{\"trainedOn\":\"2026-03-10\",\"hours\":2,\"subject\":\"x\"}")
                .andExpect(status().isForbidden());
        assertThat(api.count("med_mediator_training")).isEqualTo(before);
    }
}
