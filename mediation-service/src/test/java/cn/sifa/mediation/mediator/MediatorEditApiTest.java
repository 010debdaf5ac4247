package cn.sifa.mediation.mediator;

import static cn.sifa.mediation.testing.MediationApi.KAIFU_CLIENT;
import static cn.sifa.mediation.testing.MediationApi.VALID_ID;
import static cn.sifa.mediation.testing.MediationApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/**
 * 修改调解员: the edit form sends back the detail as shown, with the ID number masked. That keeps the stored number;
 * stars that are not the stored number's mask, or stars on a new mediator, are refused and change nothing.
 */
class MediatorEditApiTest extends MediationApiTest {

    static final String MEDIATORS = "/api/mediation/v1/mediators";
    static final String MASKED = "110105********002X";

    @Test
    void theMaskedIdNumberTheDetailShowedKeepsTheStoredNumber() throws Exception {
        MediationApi api = new MediationApi(mvc, jdbc);
        MvcResult created = api.send(KAIFU_CLIENT, MEDIATORS, body("编辑测试调解员", VALID_ID, "13800000000"))
                .andExpect(status().isCreated()).andReturn();
        String id = MediationApi.read(created, "$.id");
        MvcResult shown = api.fetch(KAIFU_CLIENT, MEDIATORS + "/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber").value(MASKED)).andReturn();

        // The form as the clerk sends it back: masked ID number, only the profession changed.
        edit(id, shown.getResponse().getHeader("ETag"), body("编辑测试调解员", MASKED, "13800000000").replace("退休法官", "退休教师"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.profession").value("退休教师"));
        assertThat(jdbc.queryForObject("select id_number from med_mediator where id = ?::uuid", String.class, id)).isEqualTo(VALID_ID);
    }

    @Test
    void starsThatAreNotTheStoredNumberAreRefused() throws Exception {
        MediationApi api = new MediationApi(mvc, jdbc);
        api.send(KAIFU_CLIENT, MEDIATORS, body("脱敏新建调解员", MASKED, null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("idNumber")).andExpect(jsonPath("$.errors[0].code").value("masked"));
        assertThat(jdbc.queryForObject("select count(*) from med_mediator where name = '脱敏新建调解员'", Integer.class)).isZero();

        MvcResult created = api.send(KAIFU_CLIENT, MEDIATORS, body("脱敏不符调解员", VALID_ID, null)).andExpect(status().isCreated())
                .andReturn();
        String id = MediationApi.read(created, "$.id");
        edit(id, created.getResponse().getHeader("ETag"), body("脱敏不符调解员", "430105********0011", null).replace("退休法官", "退休教师"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("masked"));
        assertThat(jdbc.queryForMap("select id_number, profession from med_mediator where id = ?::uuid", id))
                .containsEntry("id_number", VALID_ID).containsEntry("profession", "退休法官");
    }

    private ResultActions edit(String id, String etag, String json) throws Exception {
        return mvc.perform(put(MEDIATORS + "/" + id).contentType(MediaType.APPLICATION_JSON).content(json).header("If-Match", etag)
                .with(as(KAIFU_CLIENT)));
    }

    private static String body(String name, String idNumber, String phone) {
        return """
                {"name":"%s","gender":"MALE","idNumber":"%s",%s"employment":"PART_TIME","profession":"退休法官"}"""
                .formatted(name, idNumber, phone == null ? "" : "\"phone\":\"" + phone + "\",");
    }
}
