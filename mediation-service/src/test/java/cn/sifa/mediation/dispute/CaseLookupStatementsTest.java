package cn.sifa.mediation.dispute;

import static cn.sifa.mediation.testing.MediationApi.CASES;
import static cn.sifa.mediation.testing.MediationApi.KAIFU_CLIENT;
import static cn.sifa.mediation.testing.MediationApi.KAIFU_STAFF;
import static cn.sifa.mediation.testing.MediationApi.RONGCHENG_CLIENT;
import static cn.sifa.mediation.testing.MediationApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/**
 * The number of SQL statements one case lookup issues, counted by Hibernate's statistics (issue 6: the lookup used to
 * issue a statement per collection and per referenced record). A case with everything its view shows: parties,
 * mediators, two sessions with attendees, an agreement, a follow-up visit, deadlines and history.
 */
class CaseLookupStatementsTest extends MediationApiTest {

    /**
     * Four statements, whatever the case holds: the case row (in the caller's scope), its parts (parties, mediators
     * and their names, sessions with their mediators and attendees, follow-ups, the committee's name: one read-model
     * query), its deadlines and its history (core {@code Workflow.state}). Counted on the read path of a user's GET;
     * this caller (an API client) does not see full ID numbers, so no audit row is written; for those who do, the
     * audit row is one more statement, written by the core JDBC audit log.
     */
    static final long MAX_STATEMENTS = 4;

    @Autowired
    EntityManagerFactory emf;

    MediationApi api;
    Statistics statistics;
    String path;

    @BeforeEach
    void setUp() throws Exception {
        api = new MediationApi(mvc, jdbc);
        api.ensureBureau("430105", "长沙市开福区司法局", "开福");
        UUID mediator = api.ensureMediator("430105", "王调解员");
        UUID second = api.ensureMediator("430105", "李调解员");
        path = CASES + "/" + read(api.send(KAIFU_STAFF, CASES, MediationApi.newCase("2026-09-01"))
                .andExpect(status().isCreated()).andReturn(), "$.id");
        UUID committee = jdbc.queryForObject("select committee_id from med_mediator where id = ?", UUID.class, mediator);
        step("accept", "{\"acceptedOn\":\"2026-09-02\",\"committeeId\":\"" + committee + "\",\"mediatorIds\":[\"" + mediator + "\"]}");
        for (String on : new String[] {"2026-09-03", "2026-09-05"}) {
            step("sessions", """
                    {"heldOn":"%s","place":"调解室","notes":"调解","mediatorIds":["%s","%s"],
                     "attendees":[{"name":"赵村主任","kind":"INVITED","relation":"村委会主任"},{"name":"钱律师","kind":"INVITED"}],
                     "inviteesConsented":true}""".formatted(on, mediator, second));
        }
        step("agreement", "{\"form\":\"WRITTEN\",\"terms\":\"赔偿\",\"amount\":1000,\"effectiveOn\":\"2026-09-10\"}");
        step("follow-ups", "{\"visitedOn\":\"2026-09-20\",\"method\":\"PHONE\",\"visitor\":\"王调解员\",\"notes\":\"已履行\",\"satisfied\":true}");
        statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void tearDown() {
        if (statistics != null) {
            statistics.setStatisticsEnabled(false);
        }
    }

    void step(String action, String json) throws Exception {
        api.send(KAIFU_STAFF, path + "/" + action, json).andExpect(status().isOk());
    }

    @Test
    void aLookupIssuesAFixedSmallNumberOfStatements() throws Exception {
        api.fetch(KAIFU_CLIENT, path).andExpect(status().isOk()); // warm: plans, dictionaries, calendar
        statistics.clear();
        api.fetch(KAIFU_CLIENT, path).andExpect(status().isOk())
                .andExpect(jsonPath("$.parties.length()").value(2))
                .andExpect(jsonPath("$.mediators.length()").value(1))
                .andExpect(jsonPath("$.committee.name").isNotEmpty())
                .andExpect(jsonPath("$.sessions.length()").value(2))
                .andExpect(jsonPath("$.sessions[1].mediators.length()").value(2))
                .andExpect(jsonPath("$.sessions[1].attendees.length()").value(2))
                .andExpect(jsonPath("$.followUps.length()").value(1))
                .andExpect(jsonPath("$.deadlines.length()").value(2))
                .andExpect(jsonPath("$.history.length()").value(6));
        assertThat(statistics.getPrepareStatementCount()).as("statements per lookup").isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(statistics.getEntityLoadCount()).as("no entity loaded twice").isLessThan(20);
    }

    @Test
    void aLookupFromAnotherDivisionIsNotFound() throws Exception {
        api.fetch(RONGCHENG_CLIENT, path).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/not-found"));
    }
}
