package cn.sifa.enforcement.legalreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.sifa.enforcement.EnforcementApiTest;

class MajorDecisionReviewApiTest extends EnforcementApiTest {

    private UUID submit(UUID agency, String submittedOn) throws Exception {
        String json = """
                {"agencyId":"%s","caseTitle":"某公司无证经营案","partyName":"长沙某某建材有限公司","reason":"MAJOR_RIGHTS_HEARING",
                 "submittedOn":"%s"}""".formatted(agency, submittedOn);
        return UUID.fromString(read(postJson(kaifuStaff, API + "/major-decision-reviews", json)
                .andExpect(status().isCreated()).andExpect(header().exists("Location")), "$.id"));
    }

    @Test
    void aReviewGoesFromSubmissionToALawfulOpinionAndMeetsItsWorkingDayDeadlineAcrossTheHoliday() throws Exception {
        UUID agency = agency(kaifu);
        UUID reviewer = officer(kaifu, agency, true);
        // Wednesday 2026-09-30, 5 working days: Oct 8, 9, 10 (make-up Saturday), 12, 13.
        UUID id = submit(agency, "2026-09-30");
        getJson(kaifu, API + "/major-decision-reviews/" + id).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.deadlines[0].kind").value("ENF_LEGAL_REVIEW"))
                .andExpect(jsonPath("$.deadlines[0].dueDate").value("2026-10-13"))
                .andExpect(jsonPath("$.nextDueOn").value("2026-10-13"))
                .andExpect(jsonPath("$.allowedActions[0]").value("start-review"))
                // the deprecated copy stays for one release
                .andExpect(jsonPath("$.workflow.deadlines[0].dueDate").value("2026-10-13"))
                .andExpect(jsonPath("$.workflow.allowedActions[0]").value("start-review"));
        postJson(kaifu, API + "/major-decision-reviews/" + id + "/start-review",
                "{\"reviewerId\":\"" + reviewer + "\",\"startedOn\":\"2026-10-08\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVIEWING"));
        postJson(kaifu, API + "/major-decision-reviews/" + id + "/give-opinion",
                "{\"opinion\":\"LAWFUL\",\"opinionText\":\"同意\",\"opinionOn\":\"2026-10-12\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LAWFUL"))
                .andExpect(jsonPath("$.deadlines[0].metOn").value("2026-10-12"))
                .andExpect(jsonPath("$.deadlines[0].status").value("MET"))
                .andExpect(jsonPath("$.nextDueOn").doesNotExist())
                .andExpect(jsonPath("$.history.length()").value(3))
                .andExpect(jsonPath("$.history[0].action").value("submit"))
                .andExpect(jsonPath("$.allowedActions.length()").value(0))
                .andExpect(jsonPath("$.workflow.history.length()").value(3));
    }

    @Test
    void theListRowShowsTheDueDateAndTheOverdueFlagOfTheRecord() throws Exception {
        UUID agency = agency(kaifu);
        // Monday 2026-11-02 + 5 working days = 2026-11-09; today (TestClock) is 2026-12-04: overdue.
        UUID id = submit(agency, "2026-11-02");
        getJson(kaifu, API + "/major-decision-reviews/" + id).andExpect(jsonPath("$.nextDueOn").value("2026-11-09"))
                .andExpect(jsonPath("$.overdue").value(true)).andExpect(jsonPath("$.deadlines[0].status").value("OVERDUE"));
        getJson(kaifu, API + "/major-decision-reviews?agencyId=" + agency).andExpect(jsonPath("$.content[0].id").value(id.toString()))
                .andExpect(jsonPath("$.content[0].status").value("SUBMITTED"))
                .andExpect(jsonPath("$.content[0].nextDueOn").value("2026-11-09"))
                .andExpect(jsonPath("$.content[0].overdue").value(true))
                .andExpect(jsonPath("$.content[0].allowedActions[0]").value("start-review"));
        getJson(kaifu, API + "/major-decision-reviews?overdue=true&agencyId=" + agency).andExpect(jsonPath("$.page.totalElements").value(1));
        getJson(kaifu, API + "/major-decision-reviews?overdue=false&agencyId=" + agency).andExpect(jsonPath("$.page.totalElements").value(0));
    }

    @Test
    void everyOpinionOutcomeIsReachable() throws Exception {
        UUID agency = agency(kaifu);
        UUID reviewer = officer(kaifu, agency, true);
        for (String opinion : List.of("AMEND", "UNLAWFUL")) {
            UUID id = submit(agency, "2026-11-02");
            postJson(kaifu, API + "/major-decision-reviews/" + id + "/start-review", "{\"reviewerId\":\"" + reviewer + "\"}")
                    .andExpect(status().isOk());
            postJson(kaifu, API + "/major-decision-reviews/" + id + "/give-opinion",
                    "{\"opinion\":\"" + opinion + "\",\"opinionText\":\"意见\"}").andExpect(jsonPath("$.status").value(opinion));
        }
    }

    @Test
    void aReviewerWithoutTheLegalQualificationIsRefusedAndNothingChanges() throws Exception {
        UUID agency = agency(kaifu);
        UUID layman = officer(kaifu, agency, false);
        UUID id = submit(agency, "2026-11-02");
        postJson(kaifu, API + "/major-decision-reviews/" + id + "/start-review", "{\"reviewerId\":\"" + layman + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("reviewer-not-qualified"));
        assertThat(jdbc.queryForObject("select status from enf_major_decision_review where id = ?", String.class, id)).isEqualTo("SUBMITTED");
    }

    @Test
    void illegalStepsAnswer409WithTheAllowedActions() throws Exception {
        UUID agency = agency(kaifu);
        UUID id = submit(agency, "2026-11-02");
        postJson(kaifu, API + "/major-decision-reviews/" + id + "/give-opinion", "{\"opinion\":\"LAWFUL\",\"opinionText\":\"x\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("SUBMITTED"))
                .andExpect(jsonPath("$.allowedActions[0]").value("start-review"));
    }

    @Test
    void badInputAnswers400AndWritesNothing() throws Exception {
        UUID agency = agency(kaifu);
        long before = count("enf_major_decision_review", "agency_id = ?", agency);
        postJson(kaifu, API + "/major-decision-reviews", "{\"agencyId\":\"" + agency + "\",\"caseTitle\":\"\",\"partyName\":\"x\",\"reason\":\"BOGUS\"}")
                .andExpect(status().isBadRequest());
        postJson(kaifu, API + "/major-decision-reviews", "{\"agencyId\":\"" + agency + "\",\"caseTitle\":\"" + "长".repeat(201)
                + "\",\"partyName\":\"x\",\"reason\":\"OTHER\"}").andExpect(status().isBadRequest());
        postJson(kaifu, API + "/major-decision-reviews", "{\"agencyId\":\"" + agency + "\",\"caseTitle\":\"t\",\"partyName\":\"x\","
                + "\"reason\":\"OTHER\",\"submittedOn\":\"2099-01-01\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("date-in-future"));
        postJson(kaifu, API + "/major-decision-reviews", "{\"agencyId\":").andExpect(status().isBadRequest());
        assertThat(count("enf_major_decision_review", "agency_id = ?", agency)).isEqualTo(before);
        UUID reviewer = officer(kaifu, agency, true);
        UUID id = submit(agency, "2026-11-10");
        postJson(kaifu, API + "/major-decision-reviews/" + id + "/start-review",
                "{\"reviewerId\":\"" + reviewer + "\",\"startedOn\":\"2026-11-09\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("date-before-previous-step"));
    }

    @Test
    void anotherCountyGets404AndSeesNothingOfTheReview() throws Exception {
        UUID agency = agency(kaifu);
        UUID id = submit(agency, "2026-11-02");
        getJson(jinyun, API + "/major-decision-reviews/" + id).andExpect(status().isNotFound());
        getJson(jinyun, API + "/major-decision-reviews?agencyId=" + agency).andExpect(jsonPath("$.page.totalElements").value(0));
        postJson(jinyun, API + "/major-decision-reviews",
                "{\"agencyId\":\"" + agency + "\",\"caseTitle\":\"t\",\"partyName\":\"x\",\"reason\":\"OTHER\"}").andExpect(status().isNotFound());
    }

    @Test
    void aStaleIfMatchAnswers412AndTwoConcurrentStepsLetOnlyOneWin() throws Exception {
        UUID agency = agency(kaifu);
        UUID reviewer = officer(kaifu, agency, true);
        UUID id = submit(agency, "2026-11-02");
        String etag = getJson(kaifu, API + "/major-decision-reviews/" + id).andReturn().getResponse().getHeader("ETag");
        postJson(kaifu, API + "/major-decision-reviews/" + id + "/start-review", "{\"reviewerId\":\"" + reviewer + "\"}").andExpect(status().isOk());
        as(kaifu, post(API + "/major-decision-reviews/" + id + "/give-opinion").header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"LAWFUL\",\"opinionText\":\"x\"}"))
                .andExpect(status().isPreconditionFailed());

        UUID other = submit(agency, "2026-11-02");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> steps = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                steps.add(() -> postJson(kaifu, API + "/major-decision-reviews/" + other + "/start-review",
                        "{\"reviewerId\":\"" + reviewer + "\"}").andReturn().getResponse().getStatus());
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(steps)) {
                codes.add(f.get());
            }
            assertThat(codes).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("core_transition", "record_id = ? and action = 'start-review'", other)).isEqualTo(1);
    }
}
