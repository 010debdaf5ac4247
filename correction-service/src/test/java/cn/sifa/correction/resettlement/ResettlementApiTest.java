package cn.sifa.correction.resettlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import cn.sifa.correction.CorrectionApiTest;

class ResettlementApiTest extends CorrectionApiTest {

    private static final LocalDate ADULT = LocalDate.of(1980, 9, 1);

    private static String notice(String idNumber, String releaseOn) {
        return """
                {"person":{"name":"赵强","idNumber":"%s","phone":"13900139000"},"prison":"湖南省长沙监狱","crime":"盗窃罪",
                 "releaseOn":"%s","keyPerson":true}""".formatted(idNumber, releaseOn);
    }

    private long number(String field) throws Exception {
        return ((Number) read(getJson(staff, API + "/statistics"), "$." + field)).longValue();
    }

    /** Notice on Fri 4 Dec for a release on Tue 5 Jan 2027: pick up that day; support for 5 years, to 4 Jan 2032. */
    @Test
    void aReleaseNoticeLeadsToThePickUpAndFiveYearsOfSupport() throws Exception {
        String number = idNumber("released-main", ADULT);
        var created = postJson(staff, API + "/released-persons", notice(number, "2027-01-05")).andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("AWAITING_RELEASE")).andExpect(jsonPath("$.keyPerson").value(true))
                .andExpect(jsonPath("$.idNumber").value(number))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='RESETTLEMENT_PICKUP')].dueDate").value(hasItem("2027-01-05")));
        String id = read(created, "$.id");
        String path = API + "/released-persons/" + id;
        postJson(staff, path + "/team", "{\"members\":\"司法所工作人员、社区干部、家属\"}").andExpect(status().isOk());
        getJson(staff, API + "/alerts?type=PICKUP_DUE").andExpect(jsonPath("$[*].recordId").value(not(hasItem(id))));
        clock.setToday(LocalDate.of(2026, 12, 29));
        getJson(staff, API + "/alerts?type=PICKUP_DUE").andExpect(jsonPath("$[?(@.recordId=='" + id + "')].link")
                .value(hasItem("/correction/released-persons/" + id)));
        getJson(jinyunStaff, API + "/alerts").andExpect(jsonPath("$[*].recordId").value(not(hasItem(id))));
        postJson(staff, path + "/pick-up", "{\"pickedUpBy\":\"王所长、家属\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("before-release"));

        clock.setToday(LocalDate.of(2027, 1, 5));
        long supporting = number("releasedUnderSupport");
        postJson(staff, path + "/pick-up", "{\"pickedUpBy\":\"王所长、家属\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUPPORTING"))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='RESETTLEMENT_PICKUP')].status").value(hasItem("MET")))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='RESETTLEMENT_SUPPORT_END')].dueDate").value(hasItem("2032-01-04")));
        assertThat(number("releasedUnderSupport")).isEqualTo(supporting + 1);
        var rate = read(getJson(staff, API + "/statistics"), "$.verificationRate");
        postJson(staff, path + "/verification", "{\"note\":\"户籍、住址核实无误\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.verified").value(true));
        getJson(staff, API + "/statistics").andExpect(jsonPath("$.verificationRate.numerator")
                .value(((Number) ((java.util.Map<?, ?>) rate).get("numerator")).intValue() + 1));
        long reoffended = number("releasedReoffended");
        postJson(staff, path + "/end", "{\"outcome\":\"REOFFENDED\",\"note\":\"因盗窃被刑事拘留\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REOFFENDED")).andExpect(jsonPath("$.allowedActions").isEmpty());
        assertThat(number("releasedReoffended")).isEqualTo(reoffended + 1);
        getJson(jinyunStaff, API + "/statistics").andExpect(jsonPath("$.releasedReoffended").value(0));
        postJson(staff, path + "/team", "{\"members\":\"x\"}").andExpect(status().isConflict());
    }

    @Test
    void identityIsMaskedInListsAndEveryFullReadIsAudited() throws Exception {
        String number = idNumber("released-mask", ADULT);
        String id = read(postJson(staff, API + "/released-persons", notice(number, "2027-02-01")).andExpect(status().isCreated()), "$.id");
        getJson(staff, API + "/released-persons?size=200&keyPerson=true")
                .andExpect(jsonPath("$.content[?(@.id=='" + id + "')].idNumber").value(hasItem(number.substring(0, 6) + "********" + number.substring(14))))
                .andExpect(jsonPath("$.content[?(@.id=='" + id + "')].phone").value(hasItem("139****9000")));
        long reads = count("core_audit_event", "action = 'correction.full-read' and target_id = ?", id);
        getJson(staff, API + "/released-persons/" + id).andExpect(jsonPath("$.identityShown").value(true));
        getJson(leader, API + "/released-persons/" + id).andExpect(jsonPath("$.idNumber").value(containsString("*")));
        assertThat(count("core_audit_event", "action = 'correction.full-read' and target_id = ?", id)).isEqualTo(reads + 1);
        getJson(jinyunStaff, API + "/released-persons/" + id).andExpect(status().isNotFound());
        getJson(jinyunStaff, API + "/released-persons?size=200").andExpect(jsonPath("$.content[*].id").value(not(hasItem(id))));
        // A minor: masked for staff without the permission, never exported.
        String minor = idNumber("released-minor", LocalDate.of(2010, 3, 1));
        String minorId = read(postJson(staff, API + "/released-persons", notice(minor, "2027-02-01")).andExpect(status().isCreated()), "$.id");
        getJson(staff, API + "/released-persons/" + minorId).andExpect(jsonPath("$.minor").value(true))
                .andExpect(jsonPath("$.personName").value("赵*")).andExpect(jsonPath("$.identityShown").value(false));
        String csv = perform(staff, MockMvcRequestBuilders.get(API + "/released-persons").accept("text/csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(number.substring(0, 6) + "********" + number.substring(14))
                .doesNotContain(minor.substring(0, 6) + "********" + minor.substring(14));
        long before = count("cr_released_person", "true");
        postJson(staff, API + "/released-persons", notice(number, "2027-02-01").replace("\"prison\":\"湖南省长沙监狱\",", ""))
                .andExpect(status().isBadRequest());
        postJson(staff, API + "/released-persons", notice("430105199001011230", "2027-02-01")).andExpect(status().isBadRequest());
        assertThat(count("cr_released_person", "true")).isEqualTo(before);
    }

    @Test
    void aRetriedNoticeWithTheSameKeyCreatesOneRecord() throws Exception {
        String number = idNumber("released-retry", ADULT);
        var request = MockMvcRequestBuilders.post(API + "/released-persons").contentType("application/json")
                .content(notice(number, "2027-03-01")).header("Idempotency-Key", "cr-released-retry-1");
        String location = perform(staff, request).andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        perform(staff, request).andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Location", location));
        assertThat(count("cr_released_person", "id_number = ?", number)).isEqualTo(1);
    }

    @Test
    void aDischargedSubjectIsHandedOverOnce() throws Exception {
        String subject = underCorrection("PROBATION", "", idNumber("released-handover", ADULT));
        String subjectId = subject.substring(subject.lastIndexOf('/') + 1);
        String handover = subject + "/resettlement-handover";
        postJson(staff, handover, "{}").andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("UNDER_CORRECTION"));
        postJson(staff, subject + "/end", "{\"type\":\"DISCHARGED_PARDON\"}").andExpect(status().isOk());
        postJson(jinyunStaff, handover, "{}").andExpect(status().isNotFound());
        postJson(staff, handover, "{\"keyPerson\":false}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUPPORTING")).andExpect(jsonPath("$.origin").value("CORRECTION"))
                .andExpect(jsonPath("$.sourceSubjectId").value(subjectId))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='RESETTLEMENT_SUPPORT_END')].dueDate").value(hasItem("2031-12-03")));
        postJson(staff, handover, "{}").andExpect(status().isConflict());
    }
}
