package cn.sifa.correction.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.sifa.correction.CorrectionApiTest;

class MonitoringApiTest extends CorrectionApiTest {

    private static final LocalDate ADULT = LocalDate.of(1985, 2, 1);

    private static String start(String until) {
        return """
                {"ground":"LEFT_WITHOUT_APPROVAL","facts":"未经批准离开开福区三日","approvedBy":"开福区司法局局长 张某",
                 "until":"%s","assessment":"再次违规风险较高","deviceNo":"DW-2026-0012","permittedArea":"开福区范围内"}""".formatted(until);
    }

    /** From Fri 4 Dec 2026 a period may last to Wed 3 Mar 2027, not a day longer; each renewal the same, after a new assessment. */
    @Test
    void atMostThreeMonthsEachTimeAndARenewalNeedsANewAssessment() throws Exception {
        String path = underCorrection("PROBATION", "", idNumber("monitoring-limit", ADULT)) + "/electronic-monitoring";
        long before = count("cr_monitoring", "true");
        postJson(staff, path, start("2027-03-04")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("period-too-long"));
        postJson(staff, path, start("2027-03-03").replace("LEFT_WITHOUT_APPROVAL", "BAD_BEHAVIOUR")).andExpect(status().isBadRequest());
        assertThat(count("cr_monitoring", "true")).isEqualTo(before);
        postJson(staff, path, start("2027-03-03")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_MONITORING_EXPIRY')].dueDate").value(hasItem("2027-03-03")))
                .andExpect(jsonPath("$.deadlines[0].basis").value(org.hamcrest.Matchers.containsString("第二十九条")));
        postJson(staff, path, start("2027-01-03")).andExpect(status().isConflict());
        String renew = "{\"until\":\"%s\",\"assessment\":\"%s\",\"approvedBy\":\"开福区司法局局长 张某\"}";
        postJson(staff, path + "/renew", renew.formatted("2027-06-04", "仍有风险")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("period-too-long"));
        postJson(staff, path + "/renew", renew.formatted("2027-06-03", "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assessment"));
        postJson(staff, path + "/renew", renew.formatted("2027-06-03", "仍有脱管风险,建议延长")).andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2027-03-04")).andExpect(jsonPath("$.until").value("2027-06-03"))
                .andExpect(jsonPath("$.renewals").value(1))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_MONITORING_EXPIRY')].dueDate").value(hasItem("2027-06-03")));
        postJson(staff, path + "/end", "{\"reason\":\"表现良好,不再需要\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ENDED")).andExpect(jsonPath("$.allowedActions").isEmpty());
        postJson(staff, path + "/end", "{\"reason\":\"再次\"}").andExpect(status().isNotFound());
    }

    @Test
    void locationDataOnlyToThoseWhoSeeTheIdentityAndTheReadIsAudited() throws Exception {
        String path = underCorrection("PAROLE", "", idNumber("monitoring-location", ADULT)) + "/electronic-monitoring";
        String id = read(postJson(staff, path, start("2027-01-31")).andExpect(status().isCreated()), "$.id");
        long reads = count("core_audit_event", "action = 'correction.full-read' and target_id = ?", id);
        getJson(staff, path).andExpect(jsonPath("$[0].deviceNo").value("DW-2026-0012")).andExpect(jsonPath("$[0].locationShown").value(true));
        assertThat(count("core_audit_event", "action = 'correction.full-read' and target_id = ?", id)).isEqualTo(reads + 1);
        getJson(leader, path).andExpect(jsonPath("$[0].deviceNo").doesNotExist()).andExpect(jsonPath("$[0].permittedArea").doesNotExist())
                .andExpect(jsonPath("$[0].locationShown").value(false));
        getJson(client, path).andExpect(jsonPath("$[0].deviceNo").doesNotExist());
        assertThat(count("core_audit_event", "action = 'correction.full-read' and target_id = ?", id)).isEqualTo(reads + 1);
        getJson(jinyunStaff, path).andExpect(status().isNotFound());
        postJson(jinyunStaff, path + "/end", "{\"reason\":\"x\"}").andExpect(status().isNotFound());
    }

    @Test
    void anExpiringPeriodIsAnAlert() throws Exception {
        String subject = underCorrection("PROBATION", "", idNumber("monitoring-alert", ADULT));
        String subjectId = subject.substring(subject.lastIndexOf('/') + 1);
        postJson(staff, subject + "/electronic-monitoring", start("2027-01-31")).andExpect(status().isCreated());
        getJson(staff, API + "/alerts?type=MONITORING_EXPIRING").andExpect(jsonPath("$[*].subjectId").value(not(hasItem(subjectId))));
        clock.setToday(LocalDate.of(2027, 1, 25));
        getJson(staff, API + "/alerts?type=MONITORING_EXPIRING").andExpect(jsonPath("$[?(@.subjectId=='" + subjectId + "')].date")
                .value(hasItem("2027-01-31")));
        getJson(jinyunStaff, API + "/alerts").andExpect(jsonPath("$[*].subjectId").value(not(hasItem(subjectId))));
    }

    @Test
    void onlyASubjectUnderCorrection() throws Exception {
        String waiting = API + "/subjects/" + create(staff, intake("PROBATION", "", today().minusDays(1), today().plusYears(1),
                idNumber("monitoring-waiting", ADULT)));
        postJson(staff, waiting + "/electronic-monitoring", start("2027-01-31")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("AWAITING_REPORT"));
    }
}
