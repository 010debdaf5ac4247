package cn.sifa.mediation.dispute;

import static cn.sifa.mediation.testing.MediationApi.CASES;
import static cn.sifa.mediation.testing.MediationApi.KAIFU_CLIENT;
import static cn.sifa.mediation.testing.MediationApi.RONGCHENG_CLIENT;
import static cn.sifa.mediation.testing.MediationApi.VALID_ID;
import static cn.sifa.mediation.testing.MediationApi.as;
import static cn.sifa.mediation.testing.MediationApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/** PUT /cases/{id}: a clerk corrects the registration; masked numbers keep the stored ones; the edit is in the history. */
class CaseEditApiTest extends MediationApiTest {

    MediationApi api;

    @BeforeEach
    void setUp() {
        api = new MediationApi(mvc, jdbc);
        api.ensureBureau("430105", "长沙市开福区司法局", "开福");
    }

    private ResultActions edit(SifaPrincipal who, String id, String ifMatch, String json) throws Exception {
        var b = put(CASES + "/" + id).contentType(MediaType.APPLICATION_JSON).content(json).with(as(who));
        return mvc.perform(ifMatch == null ? b : b.header("If-Match", ifMatch));
    }

    private static String body(String applicantId, String idNumber, String phone, String extraParty) {
        return """
                {"source":"COURT_REFERRAL","disputeType":"CONTRACT","difficulty":"DIFFICULT","summary":"更正后的纠纷情况",
                 "amountInvolved":15000.5,
                 "parties":[{"id":"%s","role":"APPLICANT","kind":"PERSON","name":"张三丰","idNumber":"%s","phone":"%s"}%s]}"""
                .formatted(applicantId, idNumber, phone, extraParty);
    }

    @Test
    void editKeepsMaskedNumbersRecordsWhatChangedAndRefusesStaleOrMissingIfMatch() throws Exception {
        MvcResult created = api.send(KAIFU_CLIENT, CASES, MediationApi.newCase("2026-11-02")).andExpect(status().isCreated()).andReturn();
        String id = read(created, "$.id");
        String etag = created.getResponse().getHeader("ETag");
        String applicant = read(created, "$.parties[0].id");
        String maskedId = read(created, "$.parties[0].idNumber");
        String maskedPhone = read(created, "$.parties[0].phone");
        assertThat(maskedId).contains("*");

        edit(KAIFU_CLIENT, id, null, body(applicant, maskedId, maskedPhone, "")).andExpect(status().isPreconditionRequired());

        // The client saw the masked values and sends them back: the full ones stay; the respondent is removed, a third party added.
        MvcResult edited = edit(KAIFU_CLIENT, id, etag, body(applicant, maskedId, maskedPhone,
                ",{\"role\":\"RESPONDENT\",\"kind\":\"ORGANIZATION\",\"name\":\"某物业公司\",\"creditCode\":\"91350100M000100Y43\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disputeType").value("CONTRACT"))
                .andExpect(jsonPath("$.difficulty").value("DIFFICULT"))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.parties.length()").value(2))
                .andExpect(jsonPath("$.parties[0].id").value(applicant))
                .andExpect(jsonPath("$.parties[0].name").value("张三丰"))
                .andExpect(jsonPath("$.parties[1].name").value("某物业公司"))
                .andReturn();
        assertThat(edited.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        Map<String, Object> row = jdbc.queryForMap("select id_number, phone from med_case_party where id = ?::uuid", applicant);
        assertThat(row).containsEntry("id_number", VALID_ID).containsEntry("phone", "13800000000");
        assertThat(jdbc.queryForObject("select count(*) from med_case_party where case_id = ?::uuid", Integer.class, id)).isEqualTo(2);

        MvcResult history = api.fetch(KAIFU_CLIENT, CASES + "/" + id + "/history").andExpect(status().isOk()).andReturn();
        List<String> actions = read(history, "$[*].action");
        assertThat(actions).contains("edit");
        List<String> comments = read(history, "$[?(@.action == 'edit')].comment");
        assertThat(comments.get(0)).contains("纠纷类型").contains("难易程度").contains("涉及金额").contains("张三→张三丰")
                .contains("删除 李四").contains("新增 某物业公司").doesNotContain(VALID_ID);
        // Envers keeps the party's earlier revision.
        assertThat(jdbc.queryForObject("select count(*) from med_case_party_aud where id = ?::uuid", Integer.class, applicant))
                .isGreaterThanOrEqualTo(2);

        // The old ETag is stale now.
        edit(KAIFU_CLIENT, id, etag, body(applicant, maskedId, maskedPhone, "")).andExpect(status().isPreconditionFailed());
    }

    @Test
    void badInputAnotherCountyAndAnArchivedCaseWriteNothing() throws Exception {
        MvcResult created = api.send(KAIFU_CLIENT, CASES, MediationApi.newCase("2026-11-02")).andExpect(status().isCreated()).andReturn();
        String id = read(created, "$.id");
        String etag = created.getResponse().getHeader("ETag");
        String applicant = read(created, "$.parties[0].id");
        int history = api.count("core_transition");

        // Another county: 404, as if it did not exist.
        edit(RONGCHENG_CLIENT, id, etag, body(applicant, VALID_ID, "13800000000", "")).andExpect(status().isNotFound());
        // A masked number that is not the stored one, a bad ID, an unknown field: 400 with the fields named.
        edit(KAIFU_CLIENT, id, etag, body(applicant, "110105********0021", "139****0000", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("parties[0].idNumber", "parties[0].phone")));
        edit(KAIFU_CLIENT, id, etag, body(applicant, MediationApi.BAD_ID, "13800000000", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parties[0].idNumber"));
        edit(KAIFU_CLIENT, id, etag, body(applicant, VALID_ID, "13800000000", "").replace("{\"source\"", "{\"status\":\"ARCHIVED\",\"source\""))
                .andExpect(status().isBadRequest());
        edit(KAIFU_CLIENT, id, etag, body(applicant, VALID_ID, "13800000000", "").replace("\"summary\":\"更正后的纠纷情况\",", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("summary"));

        assertThat(api.count("core_transition")).isEqualTo(history);
        MvcResult after = api.fetch(KAIFU_CLIENT, CASES + "/" + id).andExpect(status().isOk()).andReturn();
        assertThat(after.getResponse().getHeader("ETag")).isEqualTo(etag);
        assertThat((String) read(after, "$.disputeType")).isEqualTo("NEIGHBOUR");
        assertThat((Integer) read(after, "$.parties.length()")).isEqualTo(2);
    }
}
