package cn.sifa.core.deadline;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;

/** The portal's worklist. Dates are relative to the application's today, so that the statuses hold on any day. */
@SifaIntegrationTest
@AutoConfigureMockMvc
class DeadlineWorklistApiTest {

    static final SifaPrincipal ME = TestCallers.staff("430105", Role.MEDIATION_STAFF);

    @Autowired
    MockMvc mvc;
    @Autowired
    Deadlines deadlines;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    String recordType;

    static RequestPostProcessor as(SifaPrincipal principal) {
        return authentication(TestCallers.authentication(principal));
    }

    @BeforeEach
    void openDeadlines() {
        recordType = "worklist-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(clock);
        open("430105", ME.subject(), "TEST_ONE_DAY", today.minusDays(30), "开福调〔2026〕1号");   // overdue, mine
        open("430105", "colleague", "TEST_ONE_DAY", today.minusDays(30), "开福调〔2026〕2号");  // overdue, a colleague's
        open("430105001", ME.subject(), "TEST_NOTICE", today, "开福调〔2026〕3号");             // due tomorrow: due soon
        open("430105", ME.subject(), "TEST_DECISION", today, "开福调〔2026〕4号");              // 45 days: pending
        open("371082", ME.subject(), "TEST_ONE_DAY", today.minusDays(30), "荣成调〔2026〕1号"); // another county
        UUID met = open("430105", ME.subject(), "TEST_ONE_DAY", today.minusDays(30), "开福调〔2026〕5号");
        CurrentCaller.runAsSystem(() -> tx.executeWithoutResult(s -> deadlines.meet(met, "TEST_ONE_DAY", today.minusDays(29))));
    }

    UUID open(String division, String assignee, String rule, LocalDate anchor, String caseNo) {
        UUID record = UUID.randomUUID();
        CurrentCaller.runAsSystem(() -> tx.executeWithoutResult(s -> deadlines.open(
                new DeadlineTarget(recordType, record, division, assignee, null, caseNo, "/mediation/cases/" + record), rule, anchor)));
        return record;
    }

    MockHttpServletRequestBuilder list() {
        return get("/api/core/v1/deadlines").param("recordType", recordType);
    }

    @Test
    void myOverdueDeadlines() throws Exception {
        mvc.perform(list().param("status", "OVERDUE").param("mine", "true").with(as(ME)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].caseNo").value("开福调〔2026〕1号"))
                .andExpect(jsonPath("$.content[0].status").value("OVERDUE"))
                .andExpect(jsonPath("$.content[0].statusLabel").value("已逾期"))
                .andExpect(jsonPath("$.content[0].label").value("一日期限"))
                .andExpect(jsonPath("$.content[0].link").exists())
                .andExpect(jsonPath("$.page.totalElements").value(1));
    }

    @Test
    void myUnitsDeadlinesByStatus() throws Exception {
        mvc.perform(list().param("status", "OVERDUE").with(as(ME)))
                .andExpect(jsonPath("$.content[*].caseNo").value(containsInAnyOrder("开福调〔2026〕1号", "开福调〔2026〕2号")));
        mvc.perform(list().param("status", "DUE_SOON").with(as(ME)))
                .andExpect(jsonPath("$.content[*].caseNo").value(containsInAnyOrder("开福调〔2026〕3号")))
                .andExpect(jsonPath("$.content[0].status").value("DUE_SOON"));
        mvc.perform(list().param("status", "PENDING").with(as(ME)))
                .andExpect(jsonPath("$.content[*].caseNo").value(containsInAnyOrder("开福调〔2026〕4号")));
        // Without a status: every open one in scope, soonest first; the met one is not in the worklist.
        mvc.perform(list().with(as(ME)))
                .andExpect(jsonPath("$.content.length()").value(4))
                .andExpect(jsonPath("$.content[3].caseNo").value("开福调〔2026〕4号"));
        mvc.perform(list().param("divisionCode", "430105001").with(as(ME)))
                .andExpect(jsonPath("$.content[*].caseNo").value(containsInAnyOrder("开福调〔2026〕3号")));
    }

    @Test
    void anotherCountySeesOnlyItsOwn() throws Exception {
        mvc.perform(list().with(as(TestCallers.client("371082", "mediation.read"))))
                .andExpect(jsonPath("$.content[*].caseNo").value(containsInAnyOrder("荣成调〔2026〕1号")));
        mvc.perform(list().param("divisionCode", "430105").with(as(TestCallers.client("371082", "mediation.read"))))
                .andExpect(jsonPath("$.content.length()").value(0));
    }

    @Test
    void badFiltersAreRefused() throws Exception {
        mvc.perform(list().param("status", "MET").with(as(ME))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(list().param("status", "LATE").with(as(ME))).andExpect(status().isBadRequest());
        mvc.perform(list().param("size", "500").with(as(ME))).andExpect(status().isBadRequest());
        mvc.perform(list().param("sort", "caseNo,asc").with(as(ME))).andExpect(status().isBadRequest());
        mvc.perform(list()).andExpect(status().isUnauthorized());
    }
}
