package cn.sifa.enforcement.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.sifa.enforcement.EnforcementApiTest;

class InspectionApiTest extends EnforcementApiTest {

    private String request(UUID agency, String credit, String jointJson) throws Exception {
        return read(postJson(kaifu, API + "/inspections", """
                {"leadAgencyId":"%s","jointAgencyIds":%s,"enterpriseName":"某食品有限公司","enterpriseCreditCode":"%s",
                 "legalBasis":"食品安全法第一百一十条","matters":"生产许可条件","requestedOn":"2026-10-12","plannedOn":"2026-10-20"}"""
                .formatted(agency, jointJson, credit)).andExpect(status().isCreated()), "$.id");
    }

    @Test
    void aJointInspectionIsApprovedNotifiedCheckedInByTwoCertifiedOfficersAndCompleted() throws Exception {
        UUID lead = agency(kaifu);
        UUID other = agency(kaifu);
        UUID a = officer(kaifu, lead, false);
        UUID b = officer(kaifu, other, false);
        String id = request(lead, creditCode(100 + seq()), "[\"" + other + "\"]");
        String base = API + "/inspections/" + id;
        postJson(kaifu, base + "/check-in", "{\"checkedInAt\":\"2026-10-20T09:00:00+08:00\",\"checkInCode\":\"QR1\",\"officerIds\":[\"" + a + "\",\"" + b + "\"]}")
                .andExpect(status().isConflict());
        postJson(kaifu, base + "/approve", "{\"level\":\"UNIT\",\"approvedBy\":\"局长\",\"approvedOn\":\"2026-10-13\"}").andExpect(jsonPath("$.status").value("APPROVED"));
        postJson(kaifu, base + "/notify", "{\"noticeOn\":\"2026-10-20\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("notice-not-in-advance"));
        postJson(kaifu, base + "/notify", "{\"noticeOn\":\"2026-10-15\"}").andExpect(jsonPath("$.status").value("NOTIFIED"));
        postJson(kaifu, base + "/check-in", "{\"checkedInAt\":\"2026-10-20T09:00:00+08:00\",\"checkInCode\":\"QR1\",\"officerIds\":[\"" + a + "\"]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("too-few-officers"));
        postJson(kaifu, base + "/check-in", "{\"checkedInAt\":\"2026-10-20T09:00:00+08:00\",\"checkInCode\":\"QR1\",\"officerIds\":[\"" + a + "\",\"" + b + "\"]}")
                .andExpect(jsonPath("$.status").value("CHECKED_IN")).andExpect(jsonPath("$.joint").value(true));
        postJson(kaifu, base + "/complete", "{\"findings\":\"未发现违法行为\",\"completedOn\":\"2026-10-20\"}").andExpect(jsonPath("$.status").value("COMPLETED"));
    }

    @Test
    void theCapWarnsAtTheLimitAndAboveItOnlyTheGovernmentMayApprove() throws Exception {
        UUID agency = agency(kaifu);
        String credit = creditCode(500 + seq());
        request(agency, credit, "[]");
        // The second inspection of the year reaches the cap of 2.
        String second = body(postJson(kaifu, API + "/inspections", """
                {"leadAgencyId":"%s","enterpriseName":"某食品有限公司","enterpriseCreditCode":"%s","legalBasis":"x","matters":"y",
                 "requestedOn":"2026-10-12","plannedOn":"2026-10-21"}""".formatted(agency, credit)).andExpect(status().isCreated()));
        assertThat(second).contains("已达上限");
        String third = request(agency, credit, "[]");
        getJson(kaifu, API + "/inspections/" + third).andExpect(jsonPath("$.overCap").value(true))
                .andExpect(jsonPath("$.requiredApproval").value("GOVERNMENT")).andExpect(jsonPath("$.yearlyCount").value(3));
        postJson(kaifu, API + "/inspections/" + third + "/approve", "{\"level\":\"UNIT\",\"approvedBy\":\"局长\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("approval-level-too-low"));
        postJson(kaifu, API + "/inspections/" + third + "/approve", "{\"level\":\"GOVERNMENT\",\"approvedBy\":\"区司法局\"}")
                .andExpect(jsonPath("$.status").value("APPROVED"));
        getJson(kaifu, API + "/inspections/per-enterprise?year=2026").andExpect(status().isOk());
    }

    @Test
    void aWhiteListedEnterpriseNeedsTheHigherApproval() throws Exception {
        UUID agency = agency(kaifu);
        String credit = creditCode(900 + seq());
        postJson(kaifu, API + "/white-list-enterprises", "{\"creditCode\":\"" + credit + "\",\"name\":\"某科技公司\"}").andExpect(status().isCreated());
        String id = request(agency, credit, "[]");
        getJson(kaifu, API + "/inspections/" + id).andExpect(jsonPath("$.whiteListed").value(true));
        postJson(kaifu, API + "/inspections/" + id + "/approve", "{\"level\":\"UNIT\",\"approvedBy\":\"局长\"}").andExpect(status().isBadRequest());
        getJson(jinyun, API + "/inspections/" + id).andExpect(status().isNotFound());
    }

    @Test
    void anotherCountysWhiteListNeitherShowsThroughNorChangesTheAnswer() throws Exception {
        String credit = creditCode(1300 + seq());
        postJson(jinyun, API + "/white-list-enterprises", "{\"creditCode\":\"" + credit + "\",\"name\":\"某科技公司\"}")
                .andExpect(status().isCreated());
        // Kaifu cannot tell that Jinyun listed it: its own first listing is created, as for any enterprise.
        String id = request(agency(kaifu), credit, "[]");
        getJson(kaifu, API + "/inspections/" + id).andExpect(jsonPath("$.whiteListed").value(false));
        postJson(kaifu, API + "/white-list-enterprises", "{\"creditCode\":\"" + credit + "\",\"name\":\"某科技公司\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.divisionCode").value(KAIFU));
        postJson(kaifu, API + "/white-list-enterprises", "{\"creditCode\":\"" + credit + "\",\"name\":\"某科技公司\"}")
                .andExpect(status().isConflict());
        assertThat(body(getJson(kaifu, API + "/white-list-enterprises"))).contains(credit).doesNotContain(JINYUN);
        String after = request(agency(kaifu), credit, "[]");
        getJson(kaifu, API + "/inspections/" + after).andExpect(jsonPath("$.whiteListed").value(true));
    }

    @Test
    void aSecondDivisionListingTheSameEnterpriseSimplySucceedsAndEachSeesOnlyItsOwnListing() throws Exception {
        String credit = creditCode(1700 + seq());
        postJson(kaifu, API + "/white-list-enterprises", "{\"creditCode\":\"" + credit + "\",\"name\":\"某科技公司\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.divisionCode").value(KAIFU));
        // No 409: that would tell Jinyun that another county listed the company.
        postJson(jinyun, API + "/white-list-enterprises", "{\"creditCode\":\"" + credit + "\",\"name\":\"某科技公司\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.divisionCode").value(JINYUN));
        assertThat(count("enf_whitelist_enterprise", "credit_code = ?", credit)).isEqualTo(2);
        // A Kaifu credit code contains 430105 itself: look at the rows' divisions.
        assertThat(body(getJson(jinyun, API + "/white-list-enterprises"))).contains(credit)
                .doesNotContain("\"divisionCode\":\"" + KAIFU + "\"");
        assertThat(body(getJson(kaifu, API + "/white-list-enterprises"))).contains(credit)
                .doesNotContain("\"divisionCode\":\"" + JINYUN + "\"");
    }

    @Test
    void anInspectionOfAnotherDivisionIsNotFoundNotListedAndItsStepsAreRefusedWithNothingWritten() throws Exception {
        UUID agency = agency(kaifu);
        String id = request(agency, creditCode(2100 + seq()), "[]");
        getJson(kaifu, API + "/inspections/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.allowedActions").isArray()).andExpect(jsonPath("$.history[0].action").value("request"))
                .andExpect(jsonPath("$.workflow.allowedActions").isArray());
        getJson(jinyun, API + "/inspections/" + id).andExpect(status().isNotFound());
        assertThat(body(getJson(jinyun, API + "/inspections?size=200"))).doesNotContain(id);
        assertThat(body(getJson(kaifu, API + "/inspections?size=200&leadAgencyId=" + agency))).contains(id).contains("\"overdue\":false");
        postJson(jinyun, API + "/inspections/" + id + "/approve", "{\"level\":\"GOVERNMENT\",\"approvedBy\":\"局长\"}")
                .andExpect(status().isNotFound());
        // Nor can it lead an inspection with Kaifu's agency.
        postJson(jinyun, API + "/inspections", """
                {"leadAgencyId":"%s","enterpriseName":"某公司","enterpriseCreditCode":"%s","legalBasis":"x","matters":"y",
                 "requestedOn":"2026-10-12","plannedOn":"2026-10-20"}""".formatted(agency, creditCode(2200 + seq())))
                .andExpect(status().isNotFound());
        getJson(kaifu, API + "/inspections/" + id).andExpect(jsonPath("$.status").value("REQUESTED")).andExpect(jsonPath("$.version").value(0));
        assertThat(count("core_transition", "record_id = ?", UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void aStepWithAStaleIfMatchIsRefusedAndEveryStepWritesHistory() throws Exception {
        String id = request(agency(kaifu), creditCode(2500 + seq()), "[]");
        String base = API + "/inspections/" + id;
        postJson(kaifu, base + "/approve", "\"5\"", "{\"level\":\"UNIT\",\"approvedBy\":\"局长\",\"approvedOn\":\"2026-10-13\"}")
                .andExpect(status().isPreconditionFailed());
        postJson(kaifu, base + "/approve", "\"0\"", "{\"level\":\"UNIT\",\"approvedBy\":\"局长\",\"approvedOn\":\"2026-10-13\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.allowedActions[0]").value("notify"));
        postJson(kaifu, base + "/reject", "{\"reason\":\"x\"}").andExpect(status().isConflict());
        getJson(kaifu, base).andExpect(jsonPath("$.history.length()").value(2)).andExpect(jsonPath("$.history[1].action").value("approve"));
    }
}
