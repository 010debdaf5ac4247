package cn.sifa.enforcement.filereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.sifa.core.testing.TestCallers;
import cn.sifa.enforcement.EnforcementApiTest;

class FileReviewApiTest extends EnforcementApiTest {

    /** A town of 开福 of its own, so that the plan's division holds only this test's files. */
    private static final String TOWN = "430105001";

    /** Another town, for the tests whose plans must not draw the files of the sampling test. */
    private static final String OTHER_TOWN = "430105002";

    private List<UUID> agenciesWithFiles(cn.sifa.core.security.SifaPrincipal who, int agencies, int files) throws Exception {
        return agenciesWithFiles(who, TOWN, agencies, files);
    }

    private List<UUID> agenciesWithFiles(cn.sifa.core.security.SifaPrincipal who, String town, int agencies, int files) throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int a = 0; a < agencies; a++) {
            String json = """
                    {"divisionCode":"%s","name":"评查测试主体%d","kind":"AUTHORISED","powerCategories":["PENALTY"]}""".formatted(town, seq());
            UUID agency = UUID.fromString(read(postJson(who, API + "/agencies", json).andExpect(status().isCreated()), "$.id"));
            StringBuilder records = new StringBuilder();
            for (int i = 0; i < files; i++) {
                records.append(i == 0 ? "" : ",").append("""
                        {"externalRef":"F-%d","actType":"PENALTY","decidedOn":"2026-0%d-1%d","partyName":"某公司","penaltyKinds":["WARNING"],
                         "major":false,"recordedAudioVisual":true}""".formatted(i, 1 + i % 8, i % 10));
            }
            postJson(who, API + "/action-reports", "{\"agencyId\":\"" + agency + "\",\"actions\":[" + records + "]}")
                    .andExpect(jsonPath("$.accepted").value(files));
            ids.add(agency);
        }
        return ids;
    }

    @Test
    void theSampleIsTheSharePerAgencyReproducibleFromTheSeedAndCrossReviewedThenRectifiedAndClosed() throws Exception {
        var town = TestCallers.client(TOWN, "enforcement.read", "enforcement.write");
        List<UUID> agencies = agenciesWithFiles(town, 2, 30);
        String plan = """
                {"name":"2026年案卷评查","periodFrom":"2026-01-01","periodTo":"2026-09-30","sampleShare":0.1,"seed":42,
                 "excellentMin":90,"passMin":70}""";
        String first = read(postJson(town, API + "/file-reviews/plans", plan).andExpect(status().isCreated())
                .andExpect(jsonPath("$.seed").value(42)).andExpect(jsonPath("$.checklist.length()").value(6)), "$.id");
        postJson(town, API + "/file-reviews/plans/" + first + "/sample", "{}").andExpect(jsonPath("$.status").value("SAMPLED"))
                .andExpect(jsonPath("$.files").value(6));
        postJson(town, API + "/file-reviews/plans/" + first + "/sample", "{}").andExpect(status().isConflict());
        List<String> drawn = jdbc.queryForList("select a.external_ref || a.agency_id from enf_file_review f join enf_action a on a.id = f.action_id "
                + "where f.plan_id = ?::uuid order by 1", String.class, first);
        // Same seed, same files: a second plan draws exactly the same sample.
        String second = read(postJson(town, API + "/file-reviews/plans", plan), "$.id");
        postJson(town, API + "/file-reviews/plans/" + second + "/sample", "{}").andExpect(status().isOk());
        assertThat(jdbc.queryForList("select a.external_ref || a.agency_id from enf_file_review f join enf_action a on a.id = f.action_id "
                + "where f.plan_id = ?::uuid order by 1", String.class, second)).isEqualTo(drawn);

        String file = jdbc.queryForObject("select id::text from enf_file_review where plan_id = ?::uuid and agency_id = ? limit 1", String.class,
                first, agencies.get(0));
        UUID sameAgency = officer(town, agencies.get(0), false);
        UUID otherAgency = officer(town, agencies.get(1), false);
        String score = "{\"reviewerId\":\"%s\",\"deductions\":[{\"itemCode\":\"PROCEDURE\",\"points\":12,\"note\":\"未告知\"},"
                + "{\"itemCode\":\"DOCUMENTS\",\"points\":3}]}";
        postJson(town, API + "/file-reviews/" + file + "/scores", score.formatted(sameAgency)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("cross-review-required"));
        postJson(town, API + "/file-reviews/" + file + "/scores",
                "{\"reviewerId\":\"" + otherAgency + "\",\"deductions\":[{\"itemCode\":\"DOCUMENTS\",\"points\":30}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("over-max"));
        postJson(town, API + "/file-reviews/" + file + "/scores", score.formatted(otherAgency))
                .andExpect(jsonPath("$.score").value(85.0)).andExpect(jsonPath("$.grade").value("PASS"))
                .andExpect(jsonPath("$.deductions.length()").value(2));
        postJson(town, API + "/file-reviews/" + file + "/notify", "{}").andExpect(jsonPath("$.status").value("RECTIFICATION_DUE"))
                .andExpect(jsonPath("$.workflow.deadlines[0].kind").value("ENF_FILE_REVIEW_RECTIFICATION"));
        postJson(town, API + "/file-reviews/" + file + "/close", "{}").andExpect(status().isConflict());
        postJson(town, API + "/file-reviews/" + file + "/rectify", "{\"note\":\"已补正\"}").andExpect(jsonPath("$.status").value("RECTIFIED"));
        postJson(town, API + "/file-reviews/" + file + "/close", "{}").andExpect(jsonPath("$.status").value("CLOSED"));
        getJson(town, API + "/file-reviews/plans/" + first).andExpect(jsonPath("$.grades.PASS").value(1));
        getJson(jinyun, API + "/file-reviews/" + file).andExpect(status().isNotFound());
    }

    @Test
    void theRectificationPeriodEndingInTheNationalDayHolidayRunsToTheNextWorkingDayAndTheListRowShowsItOverdue() throws Exception {
        var town = TestCallers.client(OTHER_TOWN, "enforcement.read", "enforcement.write");
        List<UUID> agencies = agenciesWithFiles(town, OTHER_TOWN, 2, 10);
        String plan = read(postJson(town, API + "/file-reviews/plans", """
                {"name":"期限测试","periodFrom":"2026-01-01","periodTo":"2026-09-30","sampleShare":0.1,"seed":7}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.history[0].action").value("plan")), "$.id");
        String planEtag = getJson(town, API + "/file-reviews/plans/" + plan).andReturn().getResponse().getHeader("ETag");
        postJson(town, API + "/file-reviews/plans/" + plan + "/sample", "{\"sampledOn\":\"2026-09-01\"}")
                .andExpect(jsonPath("$.files").value(2)).andExpect(jsonPath("$.history.length()").value(2))
                .andExpect(jsonPath("$.allowedActions[0]").value("close"));
        // The plan's ETag from before the draw is stale.
        as(town, post(API + "/file-reviews/plans/" + plan + "/sample").header("If-Match", planEtag)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isPreconditionFailed());
        String file = jdbc.queryForObject("select id::text from enf_file_review where plan_id = ?::uuid and agency_id = ?", String.class,
                plan, agencies.get(0));
        UUID reviewer = officer(town, agencies.get(1), false);
        getJson(town, API + "/file-reviews/" + file).andExpect(jsonPath("$.status").value("SAMPLED"))
                .andExpect(jsonPath("$.history[0].action").value("sample"));
        // An illegal step: a sampled file cannot be notified before it is scored.
        postJson(town, API + "/file-reviews/" + file + "/notify", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("SAMPLED")).andExpect(jsonPath("$.allowedActions[0]").value("score"));
        String etag = getJson(town, API + "/file-reviews/" + file).andReturn().getResponse().getHeader("ETag");
        postJson(town, API + "/file-reviews/" + file + "/scores", "{\"reviewerId\":\"" + reviewer
                + "\",\"deductions\":[{\"itemCode\":\"DOCUMENTS\",\"points\":3}],\"scoredOn\":\"2026-09-01\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.grade").value("EXCELLENT"));
        as(town, post(API + "/file-reviews/" + file + "/notify").header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isPreconditionFailed());
        // Notified Wednesday 2 September: 30 days end on 2 October, a holiday, so the period runs to Thursday 8 October.
        postJson(town, API + "/file-reviews/" + file + "/notify", "{\"notifiedOn\":\"2026-09-02\"}")
                .andExpect(jsonPath("$.status").value("RECTIFICATION_DUE"))
                .andExpect(jsonPath("$.deadlines[0].kind").value("ENF_FILE_REVIEW_RECTIFICATION"))
                .andExpect(jsonPath("$.deadlines[0].dueDate").value("2026-10-08"))
                .andExpect(jsonPath("$.nextDueOn").value("2026-10-08")).andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.workflow.deadlines[0].dueDate").value("2026-10-08"));
        getJson(town, API + "/file-reviews?planId=" + plan + "&status=RECTIFICATION_DUE")
                .andExpect(jsonPath("$.content.length()").value(1)).andExpect(jsonPath("$.content[0].id").value(file))
                .andExpect(jsonPath("$.content[0].nextDueOn").value("2026-10-08"))
                .andExpect(jsonPath("$.content[0].overdue").value(true))
                .andExpect(jsonPath("$.content[0].allowedActions[0]").value("rectify"));
        getJson(town, API + "/file-reviews?planId=" + plan + "&overdue=true").andExpect(jsonPath("$.page.totalElements").value(1));
        getJson(town, API + "/file-reviews/plans?status=SAMPLED").andExpect(jsonPath("$.content[?(@.id == '" + plan + "')].files").value(2));
        // Another county sees neither the plan nor the file.
        getJson(jinyun, API + "/file-reviews/plans/" + plan).andExpect(status().isNotFound());
        getJson(jinyun, API + "/file-reviews?planId=" + plan).andExpect(jsonPath("$.page.totalElements").value(0));
        getJson(jinyun, API + "/file-reviews/plans").andExpect(jsonPath("$.content[?(@.id == '" + plan + "')]").isEmpty());
        postJson(jinyun, API + "/file-reviews/" + file + "/rectify", "{\"note\":\"x\"}").andExpect(status().isNotFound());
        postJson(town, API + "/file-reviews/" + file + "/rectify", "{\"note\":\"已补正\",\"rectifiedOn\":\"2026-10-09\"}")
                .andExpect(jsonPath("$.status").value("RECTIFIED")).andExpect(jsonPath("$.deadlines[0].status").value("MISSED"))
                .andExpect(jsonPath("$.overdue").value(false));
    }
}
