package cn.sifa.correction.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.sifa.correction.CorrectionApiTest;

class TransferApiTest extends CorrectionApiTest {

    private static final LocalDate ADULT = LocalDate.of(1992, 8, 1);

    private static String apply(String appliedOn, String plannedMoveOn) {
        return """
                {"newDivisionCode":"331122","newAgency":"缙云县社区矫正管理局","newResidence":"浙江省丽水市缙云县五云街道",
                 "reason":"随家人迁居","appliedOn":"%s","plannedMoveOn":"%s"}""".formatted(appliedOn, plannedMoveOn);
    }

    /**
     * Applied Mon 14 Dec for a move on 14 Jan: the consultation is due 5 days later, Sat 19 Dec → Mon 21 Dec; missed, it is
     * an alert. Then reply, approval (files in 5 days, the report to the new agency in 7), files, report: the subject
     * leaves this register.
     */
    @Test
    void theChainOfFiveDayStepsEndsWithTheReportToTheNewAgency() throws Exception {
        clock.setToday(LocalDate.of(2026, 12, 15));
        String subject = underCorrection("PROBATION", "", idNumber("transfer-main", ADULT));
        String subjectId = subject.substring(subject.lastIndexOf('/') + 1);
        String path = subject + "/transfer";
        long before = count("cr_transfer", "true");
        postJson(staff, path, apply("2026-12-14", "2027-01-13")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("apply-one-month-ahead"));
        postJson(staff, path, apply("2026-12-14", "2027-01-14").replace("331122", "999999")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("unknown-division"));
        assertThat(count("cr_transfer", "true")).isEqualTo(before);
        String id = read(postJson(staff, path, apply("2026-12-14", "2027-01-14")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("APPLIED"))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_TRANSFER_CONSULT')].dueDate").value(hasItem("2026-12-21"))), "$.id");
        postJson(staff, path, apply("2026-12-14", "2027-01-20")).andExpect(status().isConflict());
        String t = path + "/" + id;
        postJson(staff, t + "/files-sent", "{}").andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("APPLIED"));

        clock.setToday(LocalDate.of(2026, 12, 22));
        getJson(staff, API + "/alerts?type=TRANSFER_STEP_OVERDUE").andExpect(jsonPath("$[*].subjectId").value(hasItem(subjectId)));
        getJson(jinyunStaff, API + "/alerts").andExpect(jsonPath("$[*].subjectId").value(not(hasItem(subjectId))));
        postJson(staff, t + "/consult", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONSULTING"))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_TRANSFER_CONSULT')].status").value(hasItem("MISSED")));
        postJson(staff, t + "/reply", "{\"agreed\":true,\"comment\":\"经核实居住地属实,同意接收\"}").andExpect(status().isOk());
        postJson(staff, t + "/decision", "{\"approved\":true}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_TRANSFER_FILES')].dueDate").value(hasItem("2026-12-28")))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_TRANSFER_REPORT')].dueDate").value(hasItem("2026-12-29")));
        getJson(staff, API + "/alerts?type=TRANSFER_STEP_OVERDUE").andExpect(jsonPath("$[*].subjectId").value(not(hasItem(subjectId))));
        postJson(staff, t + "/files-sent", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FILES_SENT"));
        long transferred = ((Number) read(getJson(staff, API + "/statistics"), "$.transferredOut")).longValue();
        postJson(staff, t + "/reported", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REPORTED"))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_TRANSFER_REPORT')].status").value(hasItem("MET")));
        getJson(staff, subject).andExpect(jsonPath("$.status").value("TRANSFERRED_OUT")).andExpect(jsonPath("$.transferredOn").value("2026-12-22"))
                .andExpect(jsonPath("$.allowedActions").isEmpty());
        getJson(staff, API + "/statistics").andExpect(jsonPath("$.transferredOut").value((int) transferred + 1));
    }

    @Test
    void theNewAgencyRefusingBlocksApprovalAndAnotherDivisionSeesNothing() throws Exception {
        clock.setToday(LocalDate.of(2026, 12, 15));
        String path = underCorrection("PAROLE", "", idNumber("transfer-refused", ADULT)) + "/transfer";
        postJson(jinyunStaff, path, apply("2026-12-14", "2027-01-14")).andExpect(status().isNotFound());
        String t = path + "/" + read(postJson(staff, path, apply("2026-12-14", "2027-01-14")).andExpect(status().isCreated()), "$.id");
        postJson(jinyunStaff, t + "/consult", "{}").andExpect(status().isNotFound());
        getJson(jinyunStaff, path).andExpect(status().isNotFound());
        postJson(staff, t + "/consult", "{}").andExpect(status().isOk());
        postJson(staff, t + "/reply", "{\"agreed\":false,\"comment\":\"居住地无法核实\"}").andExpect(status().isOk());
        postJson(staff, t + "/decision", "{\"approved\":true}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("new-agency-disagreed"));
        postJson(staff, t + "/decision", "{\"approved\":false,\"comment\":\"不同意变更\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUSED")).andExpect(jsonPath("$.allowedActions").isEmpty());
        getJson(staff, path).andExpect(jsonPath("$.length()").value(1));
    }
}
