package cn.sifa.mediation.dispute;

import static cn.sifa.mediation.testing.MediationApi.CASES;
import static cn.sifa.mediation.testing.MediationApi.KAIFU_CLIENT;
import static cn.sifa.mediation.testing.MediationApi.as;
import static cn.sifa.mediation.testing.MediationApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/** A county office retrying a create with the same Idempotency-Key gets the first answer and no duplicate. */
class IdempotencyApiTest extends MediationApiTest {


    @BeforeEach
    void setUp() {
        new MediationApi(mvc, jdbc).ensureBureau("430105", "长沙市开福区司法局", "开福");
    }

    MvcResult create(String key, String body) throws Exception {
        return mvc.perform(post(CASES).with(as(KAIFU_CLIENT)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    @Test
    void aRetriedCreateProducesNoDuplicate() throws Exception {
        String key = "med-" + UUID.randomUUID();
        String body = MediationApi.newCase("2026-11-03").replace("排水沟", "排水沟(幂等)");
        int before = jdbc.queryForObject("select count(*) from med_case", Integer.class);
        MvcResult first = create(key, body);
        MvcResult second = create(key, body);
        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(second.getResponse().getStatus()).isEqualTo(201);
        assertThat((String) read(second, "$.id")).isEqualTo(read(first, "$.id"));
        assertThat((String) read(second, "$.caseNo")).isEqualTo(read(first, "$.caseNo"));
        assertThat(second.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(jdbc.queryForObject("select count(*) from med_case", Integer.class)).isEqualTo(before + 1);

        MvcResult other = create(key, body.replace("12000", "13000"));
        assertThat(other.getResponse().getStatus()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from med_case", Integer.class)).isEqualTo(before + 1);
    }
}
