package cn.sifa.legalaid.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.legalaid.LegalAidApiTest;

/**
 * 修改法律援助人员: a lawyer's years of criminal practice corrected on the roster make them eligible for a
 * life-or-death case; stale versions, another county's provider, a division change and a duplicate licence change nothing.
 */
class ProviderEditApiTest extends LegalAidApiTest {

    private static final String PROVIDERS = API + "/providers";

    @Test
    void aCorrectedPracticeDateMakesTheLawyerEligibleForLifeOrDeathCases() throws Exception {
        String id = provider(kaifu, "LAWYER", today().minusYears(1).toString());
        String etag = getJson(kaifu, PROVIDERS + "/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.mayDefendLifeOrDeath").value(false)).andReturn().getResponse().getHeader("ETag");

        edit(kaifu, id, etag, body("李律师", "LAWYER", "L-EDIT-" + seq(), today().minusYears(5).toString(), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("李律师"))
                .andExpect(jsonPath("$.criminalPracticeYears").value(5))
                .andExpect(jsonPath("$.mayDefendLifeOrDeath").value(true));
        edit(kaifu, id, etag, body("李律师", "LAWYER", "L-EDIT-" + seq(), null, null)).andExpect(status().isPreconditionFailed());
    }

    @Test
    void badEditsAreRefusedAndChangeNothing() throws Exception {
        String id = provider(kaifu, "LAWYER", null);
        String other = provider(kaifu, "LAWYER", null);
        String takenLicence = jdbc.queryForObject("select licence_no from la_provider where id = ?::uuid", String.class, other);
        String etag = getJson(kaifu, PROVIDERS + "/" + id).andReturn().getResponse().getHeader("ETag");
        String before = jdbc.queryForObject("select name || '|' || licence_no from la_provider where id = ?::uuid", String.class, id);

        edit(kaifu, id, "\"77\"", body("过期版本", "LAWYER", "L-A-" + seq(), null, null)).andExpect(status().isPreconditionFailed());
        edit(kaifu, id, etag, body("无证律师", "LAWYER", "", null, null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("licenceNo"));
        edit(kaifu, id, etag, body("换区划", "LAWYER", "L-B-" + seq(), null, JINYUN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("divisionCode"))
                .andExpect(jsonPath("$.errors[0].code").value("division-fixed"));
        edit(kaifu, id, etag, body("重号", "LAWYER", takenLicence, null, null)).andExpect(status().isConflict());
        edit(kaifu, id, etag, body("多字段", "LAWYER", "L-C-" + seq(), null, null).replace("}", ",\"active\":false}"))
                .andExpect(status().isBadRequest());
        edit(jinyun, id, etag, body("别县", "LAWYER", "L-D-" + seq(), null, null)).andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select name || '|' || licence_no from la_provider where id = ?::uuid", String.class, id))
                .isEqualTo(before);
    }

    private ResultActions edit(SifaPrincipal who, String id, String etag, String json) throws Exception {
        return perform(who, put(PROVIDERS + "/" + id).contentType(MediaType.APPLICATION_JSON).content(json).header("If-Match", etag));
    }

    private static String body(String name, String kind, String licence, String since, String division) {
        return """
                {"name":"%s","kind":"%s","firm":"湖南某某律师事务所","licenceNo":"%s","phone":"13912345678"%s%s}"""
                .formatted(name, kind, licence, since == null ? "" : ",\"criminalPracticeSince\":\"" + since + "\"",
                        division == null ? "" : ",\"divisionCode\":\"" + division + "\"");
    }
}
