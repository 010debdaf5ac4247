package cn.sifa.correction.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.sifa.correction.CorrectionApiTest;

class LeaveApiTest extends CorrectionApiTest {

    private static final LocalDate ADULT = LocalDate.of(1988, 6, 1);

    private static String leave(LocalDate from, LocalDate to) {
        return "{\"destination\":\"湖南省株洲市荷塘区\",\"reason\":\"探望病重的母亲\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
    }

    private static String approval(String level) {
        return "{\"approver\":\"王所长\",\"approverLevel\":\"" + level + "\"}";
    }

    /** 7 days: the 司法所; 8: the county agency; 30: still the county; 31: the next higher agency. Both days count. */
    @Test
    void theApproverFollowsTheDaysAtSevenEightThirtyAndThirtyOne() throws Exception {
        String path = underCorrection("PROBATION", "", idNumber("leave-levels", ADULT)) + "/leave-requests";
        LocalDate from = LocalDate.of(2026, 12, 7);
        postJson(staff, path, leave(from, from.plusDays(6))).andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.days").value(7)).andExpect(jsonPath("$.requiredLevel").value("JUSTICE_OFFICE"))
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andExpect(jsonPath("$.allowedActions").value(hasItem("approve")));
        postJson(staff, path, leave(from, from.plusDays(7))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.days").value(8)).andExpect(jsonPath("$.requiredLevel").value("COUNTY_AGENCY"));
        postJson(staff, path, leave(from, from.plusDays(29))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.days").value(30)).andExpect(jsonPath("$.requiredLevel").value("COUNTY_AGENCY"));
        postJson(staff, path, leave(from, from.plusDays(30))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.days").value(31)).andExpect(jsonPath("$.requiredLevel").value("HIGHER_AGENCY"));
        getJson(staff, path).andExpect(jsonPath("$.length()").value(4));
        // The approvers' worklist: pending requests by level, in the caller's scope only, without identity.
        String subjectId = path.split("/")[5];
        getJson(staff, API + "/leave-requests?status=REQUESTED&requiredLevel=HIGHER_AGENCY&size=200")
                .andExpect(jsonPath("$.content[?(@.subjectId=='" + subjectId + "')].days").value(hasItem(31)))
                .andExpect(jsonPath("$.content[?(@.subjectId=='" + subjectId + "')].days").value(not(hasItem(7))));
        getJson(jinyunStaff, API + "/leave-requests?size=200").andExpect(jsonPath("$.content[*].subjectId").value(not(hasItem(subjectId))));
    }

    /** 20 approved days, then 10 more within 2 months: 30 in total stays with the county; 11 more make 31: the higher agency. */
    @Test
    void earlierApprovedLeavesWithinTwoMonthsCount() throws Exception {
        String path = underCorrection("PROBATION", "", idNumber("leave-cumulative", ADULT)) + "/leave-requests";
        String first = read(postJson(staff, path, leave(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 24)))
                .andExpect(jsonPath("$.requiredLevel").value("COUNTY_AGENCY")), "$.id");
        // A lower level may not approve it.
        postJson(staff, path + "/" + first + "/approve", approval("JUSTICE_OFFICE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("approver-level-too-low"));
        postJson(staff, path + "/" + first + "/approve", approval("COUNTY_AGENCY")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        postJson(staff, path, leave(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 19))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.days").value(10)).andExpect(jsonPath("$.cumulativeDays").value(30))
                .andExpect(jsonPath("$.requiredLevel").value("COUNTY_AGENCY"));
        postJson(staff, path, leave(LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 30))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.days").value(11)).andExpect(jsonPath("$.cumulativeDays").value(31))
                .andExpect(jsonPath("$.requiredLevel").value("HIGHER_AGENCY"));
        // More than 2 months after the first leave began, it no longer counts: 7 days alone are the 司法所's.
        postJson(staff, path, leave(LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 12))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.cumulativeDays").value(7)).andExpect(jsonPath("$.requiredLevel").value("JUSTICE_OFFICE"));
    }

    /** Sat 5 – Sun 6 Dec: the return report is due Mon 7 Dec; not back by the 8th raises an alert, and the late return is MISSED. */
    @Test
    void anOverdueReturnRaisesAnAlertUntilTheSubjectReportsBack() throws Exception {
        String subject = underCorrection("PAROLE", "", idNumber("leave-return", ADULT));
        String subjectId = subject.substring(subject.lastIndexOf('/') + 1);
        String path = subject + "/leave-requests";
        String id = read(postJson(staff, path, leave(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6))), "$.id");
        postJson(staff, path + "/" + id + "/return", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("REQUESTED"));
        postJson(staff, path + "/" + id + "/approve", approval("JUSTICE_OFFICE")).andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_LEAVE_RETURN')].dueDate").value(hasItem("2026-12-07")));
        getJson(staff, API + "/alerts?type=LEAVE_RETURN_OVERDUE").andExpect(jsonPath("$[*].subjectId").value(not(hasItem(subjectId))));
        clock.setToday(LocalDate.of(2026, 12, 8));
        getJson(staff, API + "/alerts?type=LEAVE_RETURN_OVERDUE").andExpect(jsonPath("$[*].subjectId").value(hasItem(subjectId)));
        getJson(jinyunStaff, API + "/alerts").andExpect(jsonPath("$[*].subjectId").value(not(hasItem(subjectId))));
        postJson(staff, path + "/" + id + "/return", "{\"note\":\"已返回\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_LEAVE_RETURN')].status").value(hasItem("MISSED")));
        getJson(staff, API + "/alerts?type=LEAVE_RETURN_OVERDUE").andExpect(jsonPath("$[*].subjectId").value(not(hasItem(subjectId))));
        // The subject's own timeline shows the request.
        getJson(staff, subject).andExpect(jsonPath("$.history[*].action").value(hasItem("leave-requests")));
    }

    @Test
    void frequentTravelIsApprovedByTheCountyForAtMostSixMonths() throws Exception {
        String path = underCorrection("PROBATION", "", idNumber("leave-frequent", ADULT)) + "/leave-requests";
        String frequent = "{\"kind\":\"FREQUENT\",\"destination\":\"长沙市、株洲市\",\"reason\":\"跨市务工\",\"from\":\"2026-12-05\",\"to\":\"%s\"}";
        long before = count("cr_leave_request", "true");
        postJson(staff, path, frequent.formatted("2027-06-05")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("frequent-too-long"));
        assertThat(count("cr_leave_request", "true")).isEqualTo(before);
        String id = read(postJson(staff, path, frequent.formatted("2027-06-04")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("FREQUENT")).andExpect(jsonPath("$.requiredLevel").value("COUNTY_AGENCY")), "$.id");
        postJson(staff, path + "/" + id + "/approve", approval("COUNTY_AGENCY")).andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines").isEmpty());
    }

    @Test
    void badInputAnotherDivisionAndAnUnfitSubject() throws Exception {
        String subject = underCorrection("PROBATION", "", idNumber("leave-bad", ADULT));
        String path = subject + "/leave-requests";
        long before = count("cr_leave_request", "true");
        postJson(staff, path, leave(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 5))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("date-order"));
        postJson(staff, path, "{\"destination\":\"\",\"from\":\"2026-12-10\"}").andExpect(status().isBadRequest());
        postJson(jinyunStaff, path, leave(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12))).andExpect(status().isNotFound());
        getJson(jinyunStaff, path).andExpect(status().isNotFound());
        assertThat(count("cr_leave_request", "true")).isEqualTo(before);
        String id = read(postJson(staff, path, leave(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12))), "$.id");
        postJson(jinyunStaff, path + "/" + id + "/approve", approval("HIGHER_AGENCY")).andExpect(status().isNotFound());
        postJson(staff, path + "/" + id + "/refuse", "\"5\"", "{\"approver\":\"王所长\",\"comment\":\"事由不充分\"}")
                .andExpect(status().isPreconditionFailed());
        postJson(staff, path + "/" + id + "/refuse", "{\"approver\":\"王所长\",\"comment\":\"事由不充分\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUSED")).andExpect(jsonPath("$.allowedActions").isEmpty());
        // A subject not yet under correction cannot ask.
        String waiting = API + "/subjects/" + create(staff, intake("PROBATION", "", today().minusDays(1), today().plusYears(1),
                idNumber("leave-waiting", ADULT)));
        postJson(staff, waiting + "/leave-requests", leave(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12)))
                .andExpect(status().isConflict());
    }
}
