package cn.sifa.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;

/**
 * The leader's dashboard figures. Other tests share the database, so each figure is read before and after this
 * test opens its deadlines, and the difference is asserted. A service name of its own keeps the service figures apart.
 */
@SifaIntegrationTest
@AutoConfigureMockMvc
class DeadlineSummaryApiTest {

    static final SifaPrincipal LEADER = TestCallers.staff("430105", Role.BUREAU_LEADER);

    @Autowired
    MockMvc mvc;
    @Autowired
    Deadlines deadlines;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    static RequestPostProcessor as(SifaPrincipal principal) {
        return authentication(TestCallers.authentication(principal));
    }

    UUID open(String service, String division, String rule, LocalDate anchor) {
        UUID record = UUID.randomUUID();
        CurrentCaller.runAsSystem(() -> tx.executeWithoutResult(s -> deadlines.open(
                new DeadlineTarget(service + "-thing", record, division, "someone", null, null, "/" + service + "/things/" + record), rule, anchor)));
        return record;
    }

    String summary(SifaPrincipal caller, String division) throws Exception {
        var request = get("/api/core/v1/deadlines/summary");
        if (division != null) {
            request.param("divisionCode", division);
        }
        return mvc.perform(request.with(as(caller))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static long number(String json, String path) {
        Object v = JsonPath.read(json, path);
        if (v instanceof net.minidev.json.JSONArray a) {
            return a.isEmpty() ? 0 : ((Number) a.get(0)).longValue();
        }
        return ((Number) v).longValue();
    }

    @Test
    void countsRecordsPerServiceOncePerRecord() throws Exception {
        String service = "svc" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        LocalDate today = LocalDate.now(clock);
        UUID overdue = open(service, "430105", "TEST_ONE_DAY", today.minusDays(30));
        CurrentCaller.runAsSystem(() -> tx.executeWithoutResult(s -> deadlines.open(
                new DeadlineTarget(service + "-thing", overdue, "430105", "someone", null, null, "/" + service + "/things/" + overdue),
                "TEST_DECISION", today)));                                  // a second, later deadline of the same record
        open(service, "430105001", "TEST_NOTICE", today);                  // due tomorrow: due soon
        open(service, "430105001", "TEST_DECISION", today);                // 45 days
        open(service, "371082", "TEST_ONE_DAY", today.minusDays(30));      // another county

        String json = summary(LEADER, null);
        String mine = "$.services[?(@.service == '" + service + "')]";
        assertThat(number(json, mine + ".open")).isEqualTo(3);
        assertThat(number(json, mine + ".dueSoon")).isEqualTo(1);
        assertThat(number(json, mine + ".overdue")).isEqualTo(1);
        assertThat(number(json, "$.intake[?(@.service == '" + service + "' && @.month == '" + YearMonth.from(today) + "')].count"))
                .isEqualTo(3);
        assertThat((String) JsonPath.read(json, "$.divisionCode")).isEqualTo("430105");

        // The other county sees its own record only.
        String other = summary(TestCallers.staff("371082", Role.BUREAU_LEADER), null);
        assertThat(number(other, mine + ".open")).isEqualTo(1);
        assertThat(number(other, mine + ".overdue")).isEqualTo(1);
        // Asking for a division outside one's scope gives nothing of it.
        String outside = summary(TestCallers.staff("371082", Role.BUREAU_LEADER), "430105");
        assertThat(number(outside, mine + ".open")).isZero();
    }

    @Test
    void ranksTheDivisionsBelowByOverdueShare() throws Exception {
        String before = summary(LEADER, null);
        String street = "$.divisions[?(@.divisionCode == '430105001')]";
        String own = "$.divisions[?(@.divisionCode == '430105')]";
        long streetOpen = number(before, street + ".open");
        long ownOpen = number(before, own + ".open");
        long ownOverdue = number(before, own + ".overdue");

        LocalDate today = LocalDate.now(clock);
        open("svcrank", "430105001", "TEST_DECISION", today);
        open("svcrank", "430105", "TEST_ONE_DAY", today.minusDays(30));

        String after = summary(LEADER, null);
        assertThat(number(after, street + ".open")).isEqualTo(streetOpen + 1);
        assertThat(number(after, own + ".open")).isEqualTo(ownOpen + 1);
        assertThat(number(after, own + ".overdue")).isEqualTo(ownOverdue + 1);
        assertThat((String) JsonPath.read(after, own + ".name").toString()).contains("本级");
        java.util.List<Double> shares = JsonPath.read(after, "$.divisions[*].overdueShare");
        assertThat(shares).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theWorklistFiltersByService() throws Exception {
        String service = "svcfilter";
        UUID record = open(service, "430105", "TEST_ONE_DAY", LocalDate.now(clock).minusDays(30));
        mvc.perform(get("/api/core/v1/deadlines").param("service", service).param("status", "OVERDUE").with(as(LEADER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.recordId == '" + record + "')]").exists());
        mvc.perform(get("/api/core/v1/deadlines").param("service", "Bad Service").with(as(LEADER)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/core/v1/deadlines/summary").param("divisionCode", "12")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/core/v1/deadlines/summary").param("divisionCode", "12").with(as(LEADER))).andExpect(status().isBadRequest());
    }
}
