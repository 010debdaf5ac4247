package cn.sifa.legalaid.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.sifa.core.person.CitizenId;
import cn.sifa.core.person.Phone;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.legalaid.LegalAidApiTest;

/**
 * 修改申请登记信息: a clerk corrects a mistyped phone and summary (the masked ID number sent back keeps the stored one),
 * a corrected receipt date moves the review deadline the way a new application of that date would have it, and
 * nothing can be changed once the review is decided, by a stale or missing If-Match, by bad fields or from another county.
 */
class ApplicationEditApiTest extends LegalAidApiTest {

    private static final String APPLICATIONS = API + "/applications/";
    private static final String REVIEW = Application.REVIEW_DECISION;

    @Test
    void aMistypedPhoneAndSummaryAreCorrectedAndTheEditIsInTheHistory() throws Exception {
        String id = application(kaifuStaff, KAIFU, "2026-12-01");
        String etag = etagOf(id);
        String storedId = stored(id, "applicant_id_number");
        long revisions = count("la_application_aud", "id = ?::uuid", java.util.UUID.fromString(id));

        // The form sends back the ID number as a list showed it (masked): the stored number stays.
        edit(kaifuStaff, id, etag, form(stored(id, "applicant_name"), CitizenId.mask(storedId), "13912340000", "某建筑公司拖欠工资四个月", "2026-12-01", null))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etag(Long.parseLong(etag.replace("\"", "")) + 1)))
                .andExpect(jsonPath("$.applicant.phone").value("13912340000"))
                .andExpect(jsonPath("$.applicant.idNumber").value(storedId))
                .andExpect(jsonPath("$.summary").value("某建筑公司拖欠工资四个月"))
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.editable").value(true))
                .andExpect(jsonPath("$.history[?(@.action == 'edit')].comment", contains("修改:申请人联系电话;案情摘要")));
        assertThat(stored(id, "applicant_id_number")).isEqualTo(storedId);
        assertThat(stored(id, "applicant_phone")).isEqualTo("13912340000");
        assertThat(count("la_application_aud", "id = ?::uuid", java.util.UUID.fromString(id))).isEqualTo(revisions + 1);

        // The phone sent back masked keeps the corrected number; the form read before the edit is stale.
        edit(kaifuStaff, id, etagOf(id), form(stored(id, "applicant_name"), storedId, Phone.mask("13912340000"), "某建筑公司拖欠工资四个月", "2026-12-01", null))
                .andExpect(status().isOk()).andExpect(jsonPath("$.applicant.phone").value("13912340000"));
        edit(kaifuStaff, id, etag, form(stored(id, "applicant_name"), storedId, "13700000000", "过期的表单", "2026-12-01", null))
                .andExpect(status().isPreconditionFailed());
        assertThat(stored(id, "summary")).isEqualTo("某建筑公司拖欠工资四个月");
    }

    @Test
    void anEditWithoutIfMatchIs428AndChangesNothing() throws Exception {
        String id = application(kaifu, KAIFU, "2026-12-01");
        String storedId = stored(id, "applicant_id_number");
        perform(kaifu, json(put(APPLICATIONS + id), form(stored(id, "applicant_name"), storedId, "13912340000", "无版本的修改", "2026-12-01", null)))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value(containsString("precondition-required")));
        assertThat(stored(id, "summary")).isEqualTo("某建筑公司拖欠工资三个月");
    }

    @Test
    void aCorrectedReceiptDateMovesTheReviewDeadlineAsIfReceivedThatDay() throws Exception {
        String id = application(kaifu, KAIFU, "2026-12-01");
        String twin = application(kaifu, KAIFU, "2026-11-27");
        String twinDue = read(getJson(kaifu, APPLICATIONS + twin), "$.nextDueOn");
        String storedId = stored(id, "applicant_id_number");

        edit(kaifu, id, etagOf(id), form(stored(id, "applicant_name"), storedId, stored(id, "applicant_phone"), "某建筑公司拖欠工资三个月", "2026-11-27", null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receivedOn").value("2026-11-27"))
                .andExpect(jsonPath("$.nextDueOn").value(twinDue))
                .andExpect(jsonPath("$.deadlines[?(@.kind == '" + REVIEW + "' && @.status != 'CANCELLED')].dueDate", contains(twinDue)))
                .andExpect(jsonPath("$.history[?(@.action == 'edit')].comment", contains("修改:收到申请日期 2026-12-01→2026-11-27")));
        assertThat(count("core_deadline", "record_id = ?::uuid and kind = ? and status = 'OPEN'",
                java.util.UUID.fromString(id), REVIEW)).isEqualTo(1);

        // Not in the future; nothing changes.
        edit(kaifu, id, etagOf(id), form(stored(id, "applicant_name"), storedId, stored(id, "applicant_phone"), "某建筑公司拖欠工资三个月", "2026-12-05", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"))
                .andExpect(jsonPath("$.errors[0].code").value("date-in-future"));
        getJson(kaifu, APPLICATIONS + id).andExpect(jsonPath("$.receivedOn").value("2026-11-27"))
                .andExpect(jsonPath("$.nextDueOn").value(twinDue));
    }

    @Test
    void waitingForPapersTheFormCanBeCorrectedButTheReceiptNotMovedPastTheRequest() throws Exception {
        String id = application(kaifu, KAIFU, "2026-12-01");
        postJson(kaifu, APPLICATIONS + id + "/supplement-request", "{\"materials\":[\"身份证明\"],\"requestedOn\":\"2026-12-02\"}")
                .andExpect(status().isOk());
        String storedId = stored(id, "applicant_id_number");
        edit(kaifu, id, etagOf(id), form(stored(id, "applicant_name"), storedId, stored(id, "applicant_phone"), "某建筑公司拖欠工资三个月", "2026-12-03", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("date-after-next-step"));
        edit(kaifu, id, etagOf(id), form(stored(id, "applicant_name"), storedId, stored(id, "applicant_phone"), "补充了欠薪月份", "2026-11-30", null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_MATERIALS"))
                .andExpect(jsonPath("$.summary").value("补充了欠薪月份"))
                .andExpect(jsonPath("$.nextDueOn").doesNotExist());
    }

    @Test
    void onceDecidedTheApplicationIsNoLongerEditable() throws Exception {
        String id = application(kaifu, KAIFU, "2026-12-01");
        postJson(kaifu, APPLICATIONS + id + "/decision", "{\"granted\":true,\"decidedOn\":\"2026-12-02\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.editable").value(false));
        edit(kaifu, id, etagOf(id), form(stored(id, "applicant_name"), stored(id, "applicant_id_number"), "13912340000", "决定后的修改", "2026-12-01", null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(containsString("invalid-transition")))
                .andExpect(jsonPath("$.currentState").value("GRANTED"));
        assertThat(stored(id, "summary")).isEqualTo("某建筑公司拖欠工资三个月");
    }

    @Test
    void badEditsAreRefusedWithTheirFieldsAndChangeNothing() throws Exception {
        String id = application(kaifu, KAIFU, "2026-12-01");
        String etag = etagOf(id);
        String storedId = stored(id, "applicant_id_number");
        String before = snapshot(id);

        // Stars that are not the stored numbers' masks: both fields listed, a full number is never overwritten with stars.
        edit(kaifu, id, etag, form(stored(id, "applicant_name"), "430105********0000", "139****0000", "某建筑公司拖欠工资三个月", "2026-12-01", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("applicant.idNumber", "applicant.phone")))
                .andExpect(jsonPath("$.errors[*].code", contains("masked", "masked")));
        edit(kaifu, id, etag, form(stored(id, "applicant_name"), "430105198001011230", "电话号码", "校验位错误", "2026-12-01", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("applicant.idNumber", "applicant.phone")));
        // The division, the status and the decision are no fields of the form.
        for (String extra : List.of("\"divisionCode\":\"331122\"", "\"status\":\"GRANTED\"", "\"granted\":true")) {
            edit(kaifu, id, etag, form(stored(id, "applicant_name"), storedId, "13912340000", "多余字段", "2026-12-01", extra)).andExpect(status().isBadRequest());
        }
        edit(kaifu, id, etag, form(stored(id, "applicant_name"), storedId, "13912340000", "非在押", "2026-12-01", "\"detentionPlace\":\"长沙市看守所\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("detentionPlace"));
        edit(kaifu, id, etag, form(stored(id, "applicant_name"), storedId, "13912340000", "", "2026-12-01", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("summary"));
        // Another county's application is not found.
        edit(jinyun, id, etag, form(stored(id, "applicant_name"), storedId, "13912340000", "别县的修改", "2026-12-01", null)).andExpect(status().isNotFound());

        assertThat(snapshot(id)).isEqualTo(before);
        getJson(kaifu, APPLICATIONS + id).andExpect(header().string("ETag", etag));
    }

    private String etagOf(String id) throws Exception {
        return getJson(kaifu, APPLICATIONS + id).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
    }

    private String stored(String id, String column) {
        return jdbc.queryForObject("select " + column + " from la_application where id = ?::uuid", String.class, id);
    }

    private String snapshot(String id) {
        return jdbc.queryForObject("select concat_ws('|', version, applicant_id_number, applicant_phone, summary, received_on, status) "
                + "from la_application where id = ?::uuid", String.class, id)
                + count("core_transition", "record_id = ?::uuid", java.util.UUID.fromString(id));
    }

    private ResultActions edit(SifaPrincipal who, String id, String etag, String json) throws Exception {
        return perform(who, json(put(APPLICATIONS + id), json).header("If-Match", etag));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String json) {
        return request.contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private static String form(String name, String idNumber, String phone, String summary, String receivedOn, String extra) {
        return """
                {"applicant":{"name":"%s","idNumber":"%s","phone":"%s"},
                 "category":"CIVIL","matter":"LABOUR_REMUNERATION","aidForm":"CIVIL_ADMIN_STATE_COMP_AGENCY",
                 "specialGroups":["MIGRANT_WORKER"],"channel":"WINDOW","economicStatus":"VERIFICATION_EXEMPT",
                 "receivedOn":"%s","summary":"%s"%s}"""
                .formatted(name, idNumber, phone, receivedOn, summary, extra == null ? "" : "," + extra);
    }
}
