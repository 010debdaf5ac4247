package cn.sifa.correction.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.sifa.core.export.ExportFormat;
import cn.sifa.correction.CorrectionApiTest;

class InvestigationApiTest extends CorrectionApiTest {

    private static String commission(String id, String receivedOn, boolean expedited) {
        return """
                {"commissioningAuthority":"长沙市开福区人民法院","authorityType":"COURT","person":{"name":"王强","idNumber":"%s"},
                 "proposedKind":"PROBATION","receivedOn":"%s","expedited":%s}""".formatted(id, receivedOn, expedited);
    }

    /** 10 working days from Tue 10 Feb 2026 cross 春节 and two 调休 Saturdays: Mon 2 Mar. */
    @Test
    void theOpinionIsDueInTenWorkingDaysAcrossTheSpringFestival() throws Exception {
        clock.setToday(LocalDate.of(2026, 2, 10));
        String number = idNumber("inv-main", LocalDate.of(1985, 6, 1));
        var created = postJson(staff, API + "/investigations", commission(number, "2026-02-10", false)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("COMMISSIONED"))
                .andExpect(jsonPath("$.deadlines[0].kind").value("EVALUATION"))
                .andExpect(jsonPath("$.deadlines[0].dueDate").value("2026-03-02"));
        String id = read(created, "$.id");
        getJson(staff, API + "/investigations?mine=true&size=200")
                .andExpect(jsonPath("$.content[?(@.id=='" + id + "')].idNumber").value(hasItem(containsString("********"))));
        clock.setToday(LocalDate.of(2026, 3, 3));
        getJson(staff, API + "/investigations?overdue=true&size=200").andExpect(jsonPath("$.content[*].id").value(hasItem(id)));
        postJson(staff, API + "/investigations/" + id + "/opinion", "{\"suitable\":true,\"submittedOn\":\"2026-03-02\",\"procuratorateCopiedOn\":\"2026-03-02\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.deadlines[0].status").value("MET"))
                .andExpect(jsonPath("$.idNumber").value(number));
        postJson(staff, API + "/investigations/" + id + "/opinion", "{\"suitable\":false}").andExpect(status().isConflict());
        getJson(staff, API + "/statistics?from=2026-01-01&to=2026-03-31").andExpect(jsonPath("$.assessmentsDone").value(1))
                .andExpect(jsonPath("$.assessmentsOnTime.numerator").value(1));
        getJson(jinyunStaff, API + "/statistics?from=2026-01-01&to=2026-03-31").andExpect(jsonPath("$.assessmentsDone").value(0));

        // CSV and Excel by Accept: the same figures as the JSON of the same request
        String stats = API + "/statistics?from=2026-01-01&to=2026-03-31";
        int done = read(getJson(staff, stats), "$.assessmentsDone");
        inBothExports(staff, stats, sheet -> {
            assertThat(sheet.figure("", "期间内完成的调查评估")).isEqualTo(String.valueOf(done));
            assertThat(sheet.figure("", "调查评估按期完成率")).startsWith("100.00%(1/");
        });
        assertThat(exported(jinyunStaff, stats, ExportFormat.XLSX_TYPE).figure("", "期间内完成的调查评估")).isEqualTo("0");
    }

    /** 速裁: 5 working days from Fri 25 Sep 2026 (中秋 25–27 Sep, 国庆 1–7 Oct): 28, 29, 30 Sep, Thu 8, Fri 9 Oct. */
    @Test
    void anExpeditedCaseHasFiveWorkingDays() throws Exception {
        clock.setToday(LocalDate.of(2026, 9, 25));
        postJson(staff, API + "/investigations", commission(idNumber("inv-fast", LocalDate.of(1980, 1, 1)), "2026-09-25", true))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deadlines[0].kind").value("EVALUATION_EXPEDITED"))
                .andExpect(jsonPath("$.deadlines[0].dueDate").value("2026-10-09"));
    }

    /**
     * Extended by agreement: 5 working days from the due Mon 2 Mar 2026 → Mon 9 Mar; then to Thu 12 Mar (3 more, 8 in
     * all). A due date on a Saturday or not after the current one, both or neither kind of period, a blank agreement
     * are 400s; a stale version 412; after the opinion 409.
     */
    @Test
    void thePeriodIsExtendedByAgreementAndTheExtensionsAddUp() throws Exception {
        clock.setToday(LocalDate.of(2026, 2, 10));
        String id = read(postJson(staff, API + "/investigations", commission(idNumber("inv-ext", LocalDate.of(1986, 3, 1)), "2026-02-10", false))
                .andExpect(status().isCreated()), "$.id");
        String path = API + "/investigations/" + id;
        clock.setToday(LocalDate.of(2026, 2, 27));
        postJson(staff, path + "/extension", "\"0\"", """
                {"workingDays":5,"agreedBy":"长沙市开福区人民法院 张法官","reason":"被调查评估人居住地变动,需补充走访","agreedOn":"2026-02-26"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMMISSIONED"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.extendedWorkingDays").value(5))
                .andExpect(jsonPath("$.extensionAgreedBy").value("长沙市开福区人民法院 张法官"))
                .andExpect(jsonPath("$.deadlines.length()").value(1))
                .andExpect(jsonPath("$.deadlines[0].kind").value("EVALUATION"))
                .andExpect(jsonPath("$.deadlines[0].dueDate").value("2026-03-09"))
                .andExpect(jsonPath("$.allowedActions").value(hasItem("extension")))
                .andExpect(jsonPath("$.history[?(@.action=='extension')].comment")
                        .value(hasItem("经长沙市开福区人民法院 张法官同意,评估期限延长5个工作日:被调查评估人居住地变动,需补充走访")))
                .andExpect(jsonPath("$.history[?(@.action=='extension')].occurredOn").value(hasItem("2026-02-26")));
        String agreed = "\"agreedBy\":\"张法官\",\"reason\":\"补充走访\"";
        postJson(staff, path + "/extension", "{\"dueOn\":\"2026-03-14\"," + agreed + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dueOn"))
                .andExpect(jsonPath("$.errors[0].code").value("not-a-working-day"));
        postJson(staff, path + "/extension", "{\"dueOn\":\"2026-03-09\"," + agreed + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("due-not-later"));
        postJson(staff, path + "/extension", "{\"workingDays\":2,\"dueOn\":\"2026-03-12\"," + agreed + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("one-of"));
        postJson(staff, path + "/extension", "{" + agreed + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("workingDays"));
        postJson(staff, path + "/extension", "{\"workingDays\":0,\"agreedBy\":\" \",\"reason\":\"补充走访\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("workingDays", "agreedBy")));
        postJson(staff, path + "/extension", "{\"workingDays\":1,\"agreedOn\":\"2026-02-28\"," + agreed + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("date-in-future"));
        postJson(staff, path + "/extension", "\"0\"", "{\"workingDays\":1," + agreed + "}").andExpect(status().isPreconditionFailed());
        postJson(staff, path + "/extension", "\"1\"", "{\"dueOn\":\"2026-03-12\"," + agreed + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.extendedWorkingDays").value(8))
                .andExpect(jsonPath("$.extensionAgreedBy").value("张法官"))
                .andExpect(jsonPath("$.deadlines[0].dueDate").value("2026-03-12"));
        clock.setToday(LocalDate.of(2026, 3, 11));
        getJson(staff, API + "/investigations?overdue=true&size=200").andExpect(jsonPath("$.content[*].id").value(not(hasItem(id))));
        postJson(staff, path + "/opinion", "{\"suitable\":true,\"submittedOn\":\"2026-03-11\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.deadlines[0].status").value("MET"))
                .andExpect(jsonPath("$.allowedActions").value(not(hasItem("extension"))));
        postJson(staff, path + "/extension", "{\"workingDays\":1," + agreed + "}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("SUBMITTED"));
        postJson(jinyunStaff, path + "/extension", "{\"workingDays\":1," + agreed + "}").andExpect(status().isNotFound());
    }

    @Test
    void badInputWritesNothingAndAnotherDivisionSeesNothing() throws Exception {
        long before = count("cr_investigation", "true");
        String good = commission(idNumber("inv-bad", LocalDate.of(1980, 1, 1)), today().toString(), false);
        postJson(staff, API + "/investigations", good.replace("\"COURT\"", "\"CHURCH\"")).andExpect(status().isBadRequest());
        postJson(staff, API + "/investigations", good.replace("\"proposedKind\"", "\"secret\":1,\"proposedKind\"")).andExpect(status().isBadRequest());
        postJson(staff, API + "/investigations", good.replace(today().toString(), today().plusDays(1).toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("date-in-future"));
        assertThat(count("cr_investigation", "true")).isEqualTo(before);
        String id = read(postJson(staff, API + "/investigations", good).andExpect(status().isCreated()), "$.id");
        getJson(jinyunStaff, API + "/investigations/" + id).andExpect(status().isNotFound());
        getJson(jinyunStaff, API + "/investigations?size=200").andExpect(jsonPath("$.content[*].id").value(not(hasItem(id))));
        postJson(staff, API + "/investigations/" + id + "/opinion", "\"7\"", "{\"suitable\":true}").andExpect(status().isPreconditionFailed());
    }
}
