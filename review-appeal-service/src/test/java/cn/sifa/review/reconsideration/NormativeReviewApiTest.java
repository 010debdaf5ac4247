package cn.sifa.review.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.sifa.review.ReviewAppealApiTest;

/** 规范性文件附带审查 (行政复议法第13、56-60条): its periods, the suspension of the case, and the result. */
class NormativeReviewApiTest extends ReviewAppealApiTest {

    private static final String R = API + "/reconsiderations/";

    private String due(String id, String kind) throws Exception {
        List<String> dates = read(getJson(kaifu, R + id), "$.deadlines[?(@.kind == '" + kind + "' && @.status != 'CANCELLED')].dueDate");
        return dates.get(dates.size() - 1);
    }

    private String withRequest(LocalDate receivedOn) throws Exception {
        String json = application(receivedOn, "PENALTY", "5000").replace("\"channel\":\"WRITTEN\"",
                "\"channel\":\"WRITTEN\",\"normativeReview\":{\"document\":\"《某区罚款裁量基准》\",\"issuingBody\":\"某区人民政府\",\"provisions\":\"第5条\"}");
        return read(postJson(kaifu, API + "/reconsiderations", json).andExpect(status().isCreated())
                .andExpect(jsonPath("$.normativeReview.source").value("APPLICANT_REQUEST"))
                .andExpect(jsonPath("$.normativeReview.startedOn").doesNotExist())
                .andExpect(jsonPath("$.normativeReview.pending").value(false)), "$.id");
    }

    @Test
    void aCompetentBodySuspendsTheCaseNotifiesTheDrafterAndResumesWithTheDecisionMovedByThePausedDays() throws Exception {
        String id = withRequest(LocalDate.of(2026, 9, 15));
        step(kaifu, R + id + "/acceptance", """
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-09-21"}""").andExpect(status().isOk());
        assertThat(due(id, "RV_DECISION_ORDINARY")).isEqualTo("2026-11-20");
        // The plain suspension step is not the way to a 附带审查 (its periods would be lost).
        step(kaifu, R + id + "/suspension", "{\"ground\":\"NORMATIVE_REVIEW\",\"suspendedOn\":\"2026-09-28\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("use-normative-review"));

        step(kaifu, R + id + "/normative-review", "{\"competent\":true,\"startedOn\":\"2026-09-28\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.suspensionGround").value("NORMATIVE_REVIEW"))
                .andExpect(jsonPath("$.normativeReview.document").value("《某区罚款裁量基准》"))
                .andExpect(jsonPath("$.normativeReview.pending").value(true))
                .andExpect(jsonPath("$.allowedActions", hasItem("normative-review-notice")))
                .andExpect(jsonPath("$.allowedActions", not(hasItem("resumption"))))
                .andExpect(jsonPath("$.allowedActions", not(hasItem("normative-review-transfer"))))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_DECISION_ORDINARY')].status").value(hasItem("CANCELLED")));
        // 30 days to handle it (第56条); the drafter is told within 3 working days (第58条): Tue 29, Wed 30 Sep, then 国庆 → Thu 8 Oct.
        assertThat(due(id, "RV_NORMATIVE_HANDLING")).isEqualTo("2026-10-28");
        assertThat(due(id, "RV_NORMATIVE_DRAFTER_NOTICE")).isEqualTo("2026-10-08");

        getJson(kaifu, API + "/reconsiderations?normativeReviewPending=true&size=200")
                .andExpect(jsonPath("$.content[*].id", hasItem(id)))
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')].normativeReviewPending").value(hasItem(true)));
        step(kaifu, R + id + "/resumption", "{\"resumedOn\":\"2026-10-09\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("normative-review-pending"));
        step(kaifu, R + id + "/normative-review-transfer", "{\"transferee\":\"某市人民政府\",\"transferredOn\":\"2026-09-29\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("not-applicable"));

        step(kaifu, R + id + "/normative-review-notice", "{\"notifiedOn\":\"2026-09-30\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_NORMATIVE_DRAFTER_NOTICE')].status").value(hasItem("MET")));
        // 10 working days from Wed 30 Sep: 8, 9, Sat 10 (调休), 12–16, 19, 20 Oct.
        assertThat(due(id, "RV_NORMATIVE_DRAFTER_REPLY")).isEqualTo("2026-10-20");
        step(kaifu, R + id + "/normative-review-reply", "{\"reply\":\"第5条依据上位法制定\",\"repliedOn\":\"2026-10-15\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.normativeReview.reply").value("第5条依据上位法制定"));

        step(kaifu, R + id + "/normative-review-result", """
                {"result":"LAWFUL","note":"在复议决定书中一并告知","concludedOn":"2026-10-26"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.normativeReview.result").value("LAWFUL"))
                .andExpect(jsonPath("$.normativeReview.pending").value(false))
                .andExpect(jsonPath("$.pausedDays").value(28))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_NORMATIVE_HANDLING')].status").value(hasItem("MET")))
                .andExpect(jsonPath("$.allowedActions", not(hasItem("normative-review"))));
        // 28 days suspended (28 Sep – 26 Oct): the decision moves from Fri 20 Nov to Fri 18 Dec.
        assertThat(due(id, "RV_DECISION_ORDINARY")).isEqualTo("2026-12-18");
        getJson(kaifu, API + "/reconsiderations?normativeReviewPending=true&size=200")
                .andExpect(jsonPath("$.content[*].id", not(hasItem(id))));
        step(kaifu, R + id + "/normative-review", "{\"competent\":true}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("normative-review-exists"));
    }

    @Test
    void aDocumentTheBodyCannotHandleIsTransferredWithinSevenWorkingDaysAndTheTransfereeRepliesWithinSixtyDays() throws Exception {
        String id = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "PENALTY", "5000");
        step(kaifu, R + id + "/acceptance", """
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-11-03"}""").andExpect(status().isOk());
        long history = count("core_transition", "record_id = ?::uuid", id);
        // 第57条: found by the 复议机关 itself; with no request on file the document must be named.
        step(kaifu, R + id + "/normative-review", "{\"source\":\"EX_OFFICIO\",\"competent\":false,\"startedOn\":\"2026-11-05\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("document")));
        assertThat(count("core_transition", "record_id = ?::uuid", id)).isEqualTo(history);
        step(kaifu, R + id + "/normative-review", """
                {"source":"EX_OFFICIO","document":"某市规范性文件","issuingBody":"某市人民政府","competent":false,"startedOn":"2026-11-05"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.allowedActions", hasItem("normative-review-transfer")));
        // 7 working days from Thu 5 Nov → Mon 16 Nov (第56条, 第88条).
        assertThat(due(id, "RV_NORMATIVE_TRANSFER")).isEqualTo("2026-11-16");
        step(kaifu, R + id + "/normative-review-result", "{\"result\":\"LAWFUL\",\"concludedOn\":\"2026-11-10\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("not-transferred"));
        step(kaifu, R + id + "/normative-review-transfer", """
                {"transferee":"某省人民政府","transferredOn":"2026-11-09","transfereeReceivedOn":"2026-11-10"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_NORMATIVE_TRANSFER')].status").value(hasItem("MET")));
        assertThat(due(id, "RV_NORMATIVE_TRANSFEREE_REPLY")).isEqualTo("2027-01-11"); // 10 Nov + 60 = Sat 9 Jan → Mon
        step(kaifu, R + id + "/normative-review-result", """
                {"result":"UNLAWFUL","note":"决定停止执行第3条","concludedOn":"2026-12-01"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.normativeReview.resultLabel").value(org.hamcrest.Matchers.containsString("停止执行")))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_NORMATIVE_TRANSFEREE_REPLY')].status").value(hasItem("MET")))
                .andExpect(jsonPath("$.pausedDays").value(26));

        getJson(jinyun, R + id).andExpect(status().isNotFound());
        postJson(jinyun, R + id + "/normative-review-reply", "{\"reply\":\"x\"}").andExpect(status().isNotFound());
    }

    @Test
    void aCaseWithdrawnDuringTheReviewEndsItsPeriods() throws Exception {
        String id = withRequest(LocalDate.of(2026, 11, 2));
        step(kaifu, R + id + "/acceptance", """
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-11-03"}""").andExpect(status().isOk());
        step(kaifu, R + id + "/normative-review", "{\"competent\":true,\"startedOn\":\"2026-11-05\"}").andExpect(status().isOk());
        step(kaifu, R + id + "/withdrawal", "{\"settlement\":true,\"withdrawnOn\":\"2026-11-20\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.normativeReview.pending").value(false))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_NORMATIVE_HANDLING')].status").value(hasItem("CANCELLED")))
                .andExpect(jsonPath("$.overdue").value(false));
        getJson(kaifu, API + "/reconsiderations?normativeReviewPending=true&size=200")
                .andExpect(jsonPath("$.content[*].id", not(hasItem(id))));
    }
}
