package cn.sifa.legalaid.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.sifa.legalaid.LegalAidApiTest;

/** 法律咨询: logged by channel and matter with the persons served, listed and exported within the county. */
class ConsultationApiTest extends LegalAidApiTest {

    private static final String CONSULTATIONS = API + "/consultations";

    @Test
    void consultationsAreLoggedByChannelListedAndExported() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String hotline = read(postJson(kaifu, CONSULTATIONS, """
                {"channel":"HOTLINE_12348","consultedOn":"2026-12-02","matter":"LABOUR_REMUNERATION","persons":2,
                 "enquirerName":"刘某","answeredBy":"李律师","summary":"工地拖欠工资如何维权%s","answer":"告知可申请劳动仲裁"}""".formatted(tag))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channelLabel").value("12348热线"))
                .andExpect(jsonPath("$.matterLabel").value("请求支付劳动报酬"))
                .andExpect(jsonPath("$.persons").value(2)), "$.id");
        String window = read(postJson(kaifu, CONSULTATIONS, """
                {"channel":"WINDOW","matter":"MAINTENANCE","summary":"追索抚养费%s"}""".formatted(tag))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.persons").value(1))
                .andExpect(jsonPath("$.consultedOn").value(today().toString())), "$.id");
        getJson(kaifu, CONSULTATIONS + "/" + hotline).andExpect(status().isOk()).andExpect(jsonPath("$.answer").value("告知可申请劳动仲裁"));
        List<String> byHotline = read(getJson(kaifu, CONSULTATIONS + "?channel=HOTLINE_12348&q=" + tag).andExpect(status().isOk()), "$.content[*].id");
        assertThat(byHotline).containsExactly(hotline);
        List<String> all = read(getJson(kaifu, CONSULTATIONS + "?q=" + tag), "$.content[*].id");
        assertThat(all).containsExactlyInAnyOrder(hotline, window);
        String csv = mvc.perform(get(CONSULTATIONS + "?q=" + tag).with(as(kaifu)).header("Accept", "text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("咨询渠道").contains("12348热线").contains("窗口");

        getJson(jinyun, CONSULTATIONS + "/" + hotline).andExpect(status().isNotFound());
        assertThat(body(getJson(jinyun, CONSULTATIONS + "?size=200"))).doesNotContain(hotline);
    }

    @Test
    void badConsultationsAreRefused() throws Exception {
        long before = count("la_consultation", "division_code = ?", KAIFU);
        postJson(kaifu, CONSULTATIONS, "{\"channel\":\"FAX\",\"matter\":\"OTHER\",\"summary\":\"x\"}").andExpect(status().isBadRequest());
        postJson(kaifu, CONSULTATIONS, "{\"channel\":\"WINDOW\",\"matter\":\"OTHER\",\"summary\":\"x\",\"persons\":0}").andExpect(status().isBadRequest());
        postJson(kaifu, CONSULTATIONS, "{\"channel\":\"WINDOW\",\"matter\":\"OTHER\",\"summary\":\" \"}").andExpect(status().isBadRequest());
        postJson(kaifu, CONSULTATIONS, "{\"channel\":\"WINDOW\",\"matter\":\"OTHER\",\"summary\":\"x\",\"consultedOn\":\"2027-01-01\"}")
                .andExpect(status().isBadRequest());
        postJson(kaifu, CONSULTATIONS, "{\"channel\":\"WINDOW\",\"matter\":\"OTHER\",\"summary\":\"x\",\"phone\":\"1\"}").andExpect(status().isBadRequest());
        postJson(kaifu, CONSULTATIONS, "{\"divisionCode\":\"331122\",\"channel\":\"WINDOW\",\"matter\":\"OTHER\",\"summary\":\"x\"}")
                .andExpect(status().isForbidden());
        assertThat(count("la_consultation", "division_code = ?", KAIFU)).isEqualTo(before);
    }
}
