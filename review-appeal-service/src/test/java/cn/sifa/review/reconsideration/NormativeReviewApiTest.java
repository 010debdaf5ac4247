package cn.sifa.review.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.review.ReviewAppealApiTest;

/**
 * 规范性文件附带审查 (行政复议法第13、56-60条), several per case: each review's periods (its own rows in core_deadline),
 * the suspension of the case from the first one started until the last one concluded, and the results.
 */
class NormativeReviewApiTest extends ReviewAppealApiTest {

    private static final String R = API + "/reconsiderations/";
    private static final String BASIS = "\"document\":\"《某区罚款裁量基准》\",\"issuingBody\":\"某区人民政府\",\"provisions\":\"第5条\"";

    private String due(String id, String kind) throws Exception {
        List<String> dates = read(getJson(kaifu, R + id), "$.deadlines[?(@.kind == '" + kind + "' && @.status != 'CANCELLED')].dueDate");
        return dates.get(dates.size() - 1);
    }

    /** The due date of one review's open (or met) period. */
    private String reviewDue(String id, String review, String kind) throws Exception {
        List<String> dates = read(getJson(kaifu, R + id), "$.normativeReviews[?(@.id == '" + review + "')].deadlines[?(@.kind == '"
                + kind + "' && @.status != 'CANCELLED')].dueDate");
        assertThat(dates).hasSize(1);
        return dates.get(0);
    }

    /** A step of one review, with the case's version as If-Match. */
    private ResultActions nr(SifaPrincipal who, String id, String review, String action, String json) throws Exception {
        String version = read(getJson(kaifu, R + id), "$.version").toString();
        return postJson(who, R + id + "/normative-reviews/" + review + "/" + action, "\"" + version + "\"", json);
    }

    private String applicationWith(LocalDate receivedOn, String normative) {
        return application(receivedOn, "PENALTY", "5000").replace("\"channel\":\"WRITTEN\"", "\"channel\":\"WRITTEN\"," + normative);
    }

    /** An application with the applicant's request for one 附带审查; answers the case id. */
    private String withRequest(LocalDate receivedOn) throws Exception {
        return read(postJson(kaifu, API + "/reconsiderations", applicationWith(receivedOn, "\"normativeReview\":{" + BASIS + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.normativeReviews.length()").value(1))
                .andExpect(jsonPath("$.normativeReviews[0].source").value("APPLICANT_REQUEST"))
                .andExpect(jsonPath("$.normativeReviews[0].status").value("REQUESTED"))
                .andExpect(jsonPath("$.normativeReviews[0].startedOn").doesNotExist())
                .andExpect(jsonPath("$.normativeReviews[0].pending").value(false)), "$.id");
    }

    private String firstReview(String id) throws Exception {
        return read(getJson(kaifu, R + id), "$.normativeReviews[0].id");
    }

    @Test
    void aCompetentBodySuspendsTheCaseNotifiesTheDrafterAndResumesWithTheDecisionMovedByThePausedDays() throws Exception {
        String id = withRequest(LocalDate.of(2026, 9, 15));
        String review = firstReview(id);
        step(kaifu, R + id + "/acceptance", """
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-09-21"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.allowedActions", hasItem("normative-reviews")))
                .andExpect(jsonPath("$.normativeReviews[0].allowedActions", hasItem("start")));
        assertThat(due(id, "RV_DECISION_ORDINARY")).isEqualTo("2026-11-20");
        // The plain suspension step is not the way to a 附带审查 (its periods would be lost).
        step(kaifu, R + id + "/suspension", "{\"ground\":\"NORMATIVE_REVIEW\",\"suspendedOn\":\"2026-09-28\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("use-normative-review"));

        nr(kaifu, id, review, "start", "{\"competent\":true,\"startedOn\":\"2026-09-28\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.suspensionGround").value("NORMATIVE_REVIEW"))
                .andExpect(jsonPath("$.normativeReviews[0].document").value("《某区罚款裁量基准》"))
                .andExpect(jsonPath("$.normativeReviews[0].status").value("UNDER_WAY"))
                .andExpect(jsonPath("$.normativeReviews[0].pending").value(true))
                .andExpect(jsonPath("$.normativeReviews[0].allowedActions", hasItem("notice")))
                .andExpect(jsonPath("$.normativeReviews[0].allowedActions", not(hasItem("transfer"))))
                .andExpect(jsonPath("$.allowedActions", not(hasItem("resumption"))))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_DECISION_ORDINARY')].status").value(hasItem("CANCELLED")));
        // 30 days to handle it (第56条), from the acceptance on 21 Sep (the applicant asked with the application);
        // the drafter is told within 3 working days of the start (第58条): Tue 29, Wed 30 Sep, then 国庆 → Thu 8 Oct.
        assertThat(reviewDue(id, review, "RV_NORMATIVE_HANDLING")).isEqualTo("2026-10-21");
        assertThat(due(id, "RV_NORMATIVE_DRAFTER_NOTICE")).isEqualTo("2026-10-08");
        // the review's periods are its own rows, not the case's
        assertThat(count("core_deadline", "record_id = ?::uuid and record_type = 'review-normative-review'", review)).isEqualTo(2);
        assertThat(count("core_deadline", "record_id = ?::uuid and kind like 'RV_NORMATIVE_%'", id)).isZero();
        nr(kaifu, id, review, "start", "{\"competent\":true,\"startedOn\":\"2026-09-28\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("normative-review-exists"));

        getJson(kaifu, API + "/reconsiderations?normativeReviewPending=true&size=200")
                .andExpect(jsonPath("$.content[*].id", hasItem(id)))
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')].normativeReviewPending").value(hasItem(true)));
        step(kaifu, R + id + "/resumption", "{\"resumedOn\":\"2026-10-09\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("normative-review-pending"));
        nr(kaifu, id, review, "transfer", "{\"transferee\":\"某市人民政府\",\"transferredOn\":\"2026-09-29\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("not-applicable"));

        String before = read(getJson(kaifu, R + id), "$.version").toString();
        nr(kaifu, id, review, "notice", "{\"notifiedOn\":\"2026-09-30\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(org.hamcrest.Matchers.not(Integer.valueOf(before))))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_NORMATIVE_DRAFTER_NOTICE')].status").value(hasItem("MET")))
                .andExpect(jsonPath("$.history[*].action", hasItem("normative-review-notice")));
        // a review's step moves the case's version: a step sent with the version read before it is stale (412)
        postJson(kaifu, R + id + "/normative-reviews/" + review + "/reply", "\"" + before + "\"",
                "{\"reply\":\"旧版本\",\"repliedOn\":\"2026-10-15\"}").andExpect(status().isPreconditionFailed());
        // 10 working days from Wed 30 Sep: 8, 9, Sat 10 (调休), 12–16, 19, 20 Oct.
        assertThat(reviewDue(id, review, "RV_NORMATIVE_DRAFTER_REPLY")).isEqualTo("2026-10-20");
        nr(kaifu, id, review, "reply", "{\"reply\":\"第5条依据上位法制定\",\"repliedOn\":\"2026-10-15\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.normativeReviews[0].reply").value("第5条依据上位法制定"));

        nr(kaifu, id, review, "result", """
                {"result":"LAWFUL","note":"在复议决定书中一并告知","concludedOn":"2026-10-26"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.normativeReviews[0].result").value("LAWFUL"))
                .andExpect(jsonPath("$.normativeReviews[0].status").value("CONCLUDED"))
                .andExpect(jsonPath("$.normativeReviews[0].pending").value(false))
                .andExpect(jsonPath("$.normativeReviews[0].allowedActions").isEmpty())
                .andExpect(jsonPath("$.pausedDays").value(28))
                // handled on 26 Oct, after the 30 days from the acceptance (21 Oct): missed, not met
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_NORMATIVE_HANDLING')].status").value(hasItem("MISSED")));
        // 28 days suspended (28 Sep – 26 Oct): the decision moves from Fri 20 Nov to Fri 18 Dec.
        assertThat(due(id, "RV_DECISION_ORDINARY")).isEqualTo("2026-12-18");
        getJson(kaifu, API + "/reconsiderations?normativeReviewPending=true&size=200")
                .andExpect(jsonPath("$.content[*].id", not(hasItem(id))));
        // the same document again (spaces and 《》 aside) is refused; nothing is written
        long reviews = count("rv_normative_review", "reconsideration_id = ?::uuid", id);
        step(kaifu, R + id + "/normative-reviews", "{\"document\":\" 某区罚款裁量基准 \",\"issuingBody\":\"某区人民政府\",\"competent\":true}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("document"))
                .andExpect(jsonPath("$.errors[0].code").value("normative-review-duplicate"));
        assertThat(count("rv_normative_review", "reconsideration_id = ?::uuid", id)).isEqualTo(reviews);
        getJson(kaifu, R + id).andExpect(jsonPath("$.status").value("ACCEPTED"));
    }

    @Test
    void aDocumentTheBodyCannotHandleIsTransferredWithinSevenWorkingDaysAndTheTransfereeRepliesWithinSixtyDays() throws Exception {
        String id = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "PENALTY", "5000");
        step(kaifu, R + id + "/acceptance", """
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-11-03"}""").andExpect(status().isOk());
        long history = count("core_transition", "record_id = ?::uuid", id);
        // 第57条: found by the 复议机关 itself; the document and its issuing body must be named.
        step(kaifu, R + id + "/normative-reviews", "{\"source\":\"EX_OFFICIO\",\"competent\":false,\"startedOn\":\"2026-11-05\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("document")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("issuingBody")));
        assertThat(count("core_transition", "record_id = ?::uuid", id)).isEqualTo(history);
        assertThat(count("rv_normative_review", "reconsideration_id = ?::uuid", id)).isZero();
        String review = read(step(kaifu, R + id + "/normative-reviews", """
                {"source":"EX_OFFICIO","document":"某市规范性文件","issuingBody":"某市人民政府","competent":false,"startedOn":"2026-11-05"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.normativeReviews[0].sourceLabel").value("复议机关依职权(第57条)"))
                .andExpect(jsonPath("$.normativeReviews[0].allowedActions", hasItem("transfer"))), "$.normativeReviews[0].id");
        // 7 working days from Thu 5 Nov → Mon 16 Nov (第56条, 第88条).
        assertThat(reviewDue(id, review, "RV_NORMATIVE_TRANSFER")).isEqualTo("2026-11-16");
        nr(kaifu, id, review, "result", "{\"result\":\"LAWFUL\",\"concludedOn\":\"2026-11-10\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("not-transferred"));
        nr(kaifu, id, review, "transfer", """
                {"transferee":"某省人民政府","transferredOn":"2026-11-09","transfereeReceivedOn":"2026-11-10"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_NORMATIVE_TRANSFER')].status").value(hasItem("MET")));
        assertThat(reviewDue(id, review, "RV_NORMATIVE_TRANSFEREE_REPLY")).isEqualTo("2027-01-11"); // 10 Nov + 60 = Sat 9 Jan → Mon
        nr(kaifu, id, review, "result", """
                {"result":"UNLAWFUL","note":"决定停止执行第3条","concludedOn":"2026-12-01"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.normativeReviews[0].resultLabel").value(org.hamcrest.Matchers.containsString("停止执行")))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_NORMATIVE_TRANSFEREE_REPLY')].status").value(hasItem("MET")))
                .andExpect(jsonPath("$.pausedDays").value(26));

        getJson(jinyun, R + id).andExpect(status().isNotFound());
        postJson(jinyun, R + id + "/normative-reviews/" + review + "/reply", "{\"reply\":\"x\"}").andExpect(status().isNotFound());
    }

    @Test
    void aCaseWithdrawnDuringTheReviewEndsItsPeriods() throws Exception {
        String id = withRequest(LocalDate.of(2026, 11, 2));
        String review = firstReview(id);
        step(kaifu, R + id + "/acceptance", """
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-11-03"}""").andExpect(status().isOk());
        nr(kaifu, id, review, "start", "{\"competent\":true,\"startedOn\":\"2026-11-05\"}").andExpect(status().isOk());
        step(kaifu, R + id + "/withdrawal", "{\"settlement\":true,\"withdrawnOn\":\"2026-11-20\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.normativeReviews[0].pending").value(false))
                .andExpect(jsonPath("$.normativeReviews[0].status").value("CLOSED"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_NORMATIVE_HANDLING')].status").value(hasItem("CANCELLED")))
                .andExpect(jsonPath("$.overdue").value(false));
        assertThat(count("core_deadline", "record_id = ?::uuid and status = 'OPEN'", review)).isZero();
        getJson(kaifu, API + "/reconsiderations?normativeReviewPending=true&size=200")
                .andExpect(jsonPath("$.content[*].id", not(hasItem(id))));
        nr(kaifu, id, review, "notice", "{\"notifiedOn\":\"2026-11-20\"}").andExpect(status().isConflict());
    }

    @Test
    void twoReviewsInOneCaseEachKeepTheirPeriodsAndTheCaseStaysSuspendedUntilBothAreConcluded() throws Exception {
        clock.setToday(LocalDate.of(2026, 11, 3));
        // the same document twice in one application (《》 and spaces aside) is a 400 naming the second; nothing written
        long cases = count("rv_reconsideration", "true");
        postJson(kaifu, API + "/reconsiderations", applicationWith(LocalDate.of(2026, 9, 15),
                "\"normativeReviews\":[{" + BASIS + "},{\"document\":\"某区罚款裁量基准\",\"issuingBody\":\"某区人民政府\"}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("normativeReviews[1].document"))
                .andExpect(jsonPath("$.errors[0].code").value("normative-review-duplicate"));
        assertThat(count("rv_reconsideration", "true")).isEqualTo(cases);

        String id = read(postJson(kaifu, API + "/reconsiderations", applicationWith(LocalDate.of(2026, 9, 15),
                "\"normativeReviews\":[{" + BASIS + "}]")).andExpect(status().isCreated()), "$.id");
        String first = firstReview(id);
        step(kaifu, R + id + "/acceptance", """
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-09-21"}""").andExpect(status().isOk());
        assertThat(due(id, "RV_DECISION_ORDINARY")).isEqualTo("2026-11-20");
        step(kaifu, R + id + "/copy-sent", "{\"sentOn\":\"2026-09-22\"}").andExpect(status().isOk());
        // the case's own periods are not overdue, but the requested review's 30 days from the acceptance (21 Oct) are
        step(kaifu, R + id + "/respondent-reply", "{\"repliedOn\":\"2026-09-25\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_DECISION_ORDINARY')].status").value(hasItem("PENDING")))
                .andExpect(jsonPath("$.normativeReviews[0].status").value("REQUESTED"))
                .andExpect(jsonPath("$.normativeReviews[0].overdue").value(true))
                .andExpect(jsonPath("$.overdue").value(true));

        // the applicant's request starts Mon 28 Sep: the case is suspended
        nr(kaifu, id, first, "start", "{\"competent\":true,\"startedOn\":\"2026-09-28\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED")).andExpect(jsonPath("$.suspendedOn").value("2026-09-28"))
                // today is 3 Nov: the review's drafter notice (due 8 Oct) is overdue, and so is the case (its own periods are not)
                .andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.normativeReviews[0].overdue").value(true));
        getJson(kaifu, API + "/reconsiderations?overdue=true&size=200").andExpect(jsonPath("$.content[*].id", hasItem(id)));
        getJson(kaifu, API + "/reconsiderations?overdue=false&size=200").andExpect(jsonPath("$.content[*].id", not(hasItem(id))));
        nr(kaifu, id, first, "notice", "{\"notifiedOn\":\"2026-09-30\"}").andExpect(status().isOk());

        // 第57条: Mon 12 Oct the 复议机关 finds a second document; the case stays suspended from 28 Sep
        String second = read(step(kaifu, R + id + "/normative-reviews", """
                {"source":"EX_OFFICIO","document":"《某区行政执法程序规定》","issuingBody":"某区人民政府","competent":true,"startedOn":"2026-10-12"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.suspendedOn").value("2026-09-28"))
                .andExpect(jsonPath("$.normativeReviews.length()").value(2))
                .andExpect(jsonPath("$.normativeReviews[1].status").value("UNDER_WAY"))
                .andExpect(jsonPath("$.allowedActions", hasItem("normative-reviews"))), "$.normativeReviews[1].id");
        // each review has its own 30-day handling period, both open at once, each stored once
        assertThat(reviewDue(id, first, "RV_NORMATIVE_HANDLING")).isEqualTo("2026-10-21"); // from the acceptance
        assertThat(reviewDue(id, second, "RV_NORMATIVE_HANDLING")).isEqualTo("2026-11-11");
        assertThat(reviewDue(id, second, "RV_NORMATIVE_DRAFTER_NOTICE")).isEqualTo("2026-10-15"); // Tue 13, Wed 14, Thu 15
        assertThat(count("core_deadline", "record_id in (?::uuid, ?::uuid) and kind = 'RV_NORMATIVE_HANDLING' and status = 'OPEN'",
                first, second)).isEqualTo(2);
        assertThat(count("core_deadline", "record_id = ?::uuid and kind like 'RV_NORMATIVE_%'", id)).isZero();
        getJson(kaifu, R + id).andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_NORMATIVE_HANDLING')].label",
                hasItem(org.hamcrest.Matchers.containsString("《某区行政执法程序规定》"))));
        // a third review of a document already under review is refused
        step(kaifu, R + id + "/normative-reviews", """
                {"document":"《某区行政执法程序规定》","issuingBody":"某区人民政府","competent":false}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("normative-review-duplicate"));

        // another county sees neither the case nor its reviews; a review id of another case is a 404 as well
        getJson(jinyun, R + id).andExpect(status().isNotFound());
        postJson(jinyun, R + id + "/normative-reviews/" + second + "/notice", "{\"notifiedOn\":\"2026-10-13\"}")
                .andExpect(status().isNotFound());
        postJson(jinyun, R + id + "/normative-reviews", "{\"document\":\"《别县文件》\",\"issuingBody\":\"别县\",\"competent\":true}")
                .andExpect(status().isNotFound());
        String other = withRequest(LocalDate.of(2026, 9, 15));
        nr(kaifu, other, second, "notice", "{\"notifiedOn\":\"2026-10-13\"}").andExpect(status().isNotFound());
        assertThat(count("core_transition", "record_id = ?::uuid and action = 'notice'", second)).isZero();

        // the first concludes on 26 Oct: the second is still under way, so the case stays suspended
        nr(kaifu, id, first, "result", "{\"result\":\"LAWFUL\",\"concludedOn\":\"2026-10-26\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.pausedDays").value(0))
                .andExpect(jsonPath("$.normativeReviews[0].status").value("CONCLUDED"))
                .andExpect(jsonPath("$.normativeReviews[1].pending").value(true))
                .andExpect(jsonPath("$.allowedActions", not(hasItem("resumption"))))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_DECISION_ORDINARY' && @.status != 'CANCELLED')]").isEmpty());
        step(kaifu, R + id + "/resumption", "{\"resumedOn\":\"2026-10-27\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("normative-review-pending"));
        getJson(kaifu, API + "/reconsiderations?normativeReviewPending=true&size=200").andExpect(jsonPath("$.content[*].id", hasItem(id)));

        // the second concludes on Mon 2 Nov: the case resumes; 35 days suspended (28 Sep – 2 Nov) move the decision
        // from Fri 20 Nov to Fri 25 Dec
        nr(kaifu, id, second, "notice", "{\"notifiedOn\":\"2026-10-13\"}").andExpect(status().isOk());
        nr(kaifu, id, second, "result", "{\"result\":\"UNLAWFUL\",\"note\":\"第4条超越权限\",\"concludedOn\":\"2026-11-02\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.pausedDays").value(35))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.normativeReviews[*].pending", not(hasItem(true))))
                .andExpect(jsonPath("$.history[?(@.action == 'normative-review-result')].toState", hasItem("UNDER_REVIEW")));
        assertThat(due(id, "RV_DECISION_ORDINARY")).isEqualTo("2026-12-25");
        // the first was handled on 26 Oct, after its 30 days from the acceptance; the second within its 30 days
        assertThat(count("core_deadline", "record_id = ?::uuid and kind = 'RV_NORMATIVE_HANDLING' and status = 'MISSED'", first))
                .isEqualTo(1);
        assertThat(count("core_deadline", "record_id = ?::uuid and kind = 'RV_NORMATIVE_HANDLING' and status = 'MET'", second))
                .isEqualTo(1);
        getJson(kaifu, API + "/reconsiderations?normativeReviewPending=true&size=200")
                .andExpect(jsonPath("$.content[*].id", not(hasItem(id))));
    }

    @Test
    void aCaseSuspendedOnAnotherGroundMustResumeBeforeAReviewStartsAndNothingIsWrittenMeanwhile() throws Exception {
        String id = withRequest(LocalDate.of(2026, 9, 15));
        String requested = firstReview(id);
        step(kaifu, R + id + "/acceptance", """
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-09-21"}""").andExpect(status().isOk());
        // 第39条第1款第6项: suspended for a 和解; the case has one suspension ground at a time
        step(kaifu, R + id + "/suspension", """
                {"ground":"AGREED_MEDIATION","reason":"双方申请和解","suspendedOn":"2026-09-24"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.allowedActions", not(hasItem("normative-reviews"))))
                .andExpect(jsonPath("$.normativeReviews[0].allowedActions", not(hasItem("start"))));
        String etag = getJson(kaifu, R + id).andReturn().getResponse().getHeader("ETag");
        String version = read(getJson(kaifu, R + id), "$.version").toString();
        String deadlines = "record_id = ?::uuid or record_id in (select id from rv_normative_review where reconsideration_id = ?::uuid)";
        long openPeriods = count("core_deadline", deadlines, id, id);
        long history = count("core_transition", deadlines, id, id);
        long reviews = count("rv_normative_review", "reconsideration_id = ?::uuid", id);

        // a document the 复议机关 finds itself (第57条), and the one the applicant asked for (第13条): both refused
        postJson(kaifu, R + id + "/normative-reviews", etag, """
                {"source":"EX_OFFICIO","document":"《某区行政执法程序规定》","issuingBody":"某区人民政府","competent":true,"startedOn":"2026-09-28"}""")
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/validation"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("startedOn"))
                .andExpect(jsonPath("$.errors[0].code").value("suspended-otherwise"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "本案已于 2026-09-24 因“依法进行调解、和解”中止审理(行政复议法第39条第1款第六项),须先恢复审理,方可启动规范性文件附带审查"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("本案已于 2026-09-24 因“依法进行调解、和解”中止审理")));
        postJson(kaifu, R + id + "/normative-reviews/" + requested + "/start", etag, "{\"competent\":true,\"startedOn\":\"2026-09-28\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("startedOn"))
                .andExpect(jsonPath("$.errors[0].code").value("suspended-otherwise"));

        // nothing changed: same version and ETag, no review row, no period, no history line, still the 和解 suspension
        getJson(kaifu, R + id).andExpect(header().string("ETag", etag))
                .andExpect(jsonPath("$.version").value(Integer.valueOf(version)))
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.suspensionGround").value("AGREED_MEDIATION"))
                .andExpect(jsonPath("$.suspendedOn").value("2026-09-24"))
                .andExpect(jsonPath("$.normativeReviews.length()").value(1))
                .andExpect(jsonPath("$.normativeReviews[0].status").value("REQUESTED"))
                .andExpect(jsonPath("$.normativeReviews[0].startedOn").doesNotExist());
        assertThat(count("rv_normative_review", "reconsideration_id = ?::uuid", id)).isEqualTo(reviews).isEqualTo(1);
        assertThat(count("rv_normative_review", "reconsideration_id = ?::uuid and document = '《某区行政执法程序规定》'", id)).isZero();
        assertThat(count("core_deadline", deadlines, id, id)).isEqualTo(openPeriods);
        // only the 30 days the acceptance opened for the requested review (第56条)
        assertThat(count("core_deadline", "record_type = 'review-normative-review' and record_id = ?::uuid", requested)).isEqualTo(1);
        assertThat(count("core_transition", deadlines, id, id)).isEqualTo(history);

        // resumed, the review starts and the case is suspended again, now for it
        step(kaifu, R + id + "/resumption", "{\"resumedOn\":\"2026-10-09\"}").andExpect(status().isOk());
        nr(kaifu, id, requested, "start", "{\"competent\":true,\"startedOn\":\"2026-10-12\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.suspensionGround").value("NORMATIVE_REVIEW"))
                .andExpect(jsonPath("$.suspendedOn").value("2026-10-12"));
    }

    /** The id of one review's period of this kind that is not cancelled (one row, as {@link #reviewDue}). */
    private String periodRow(String review, String kind) {
        return jdbc.queryForObject("select id::text from core_deadline where record_id = ?::uuid and kind = ? and status <> 'CANCELLED'",
                String.class, review, kind);
    }

    @Test
    void aRequestedReviewRunsItsThirtyDaysFromTheAcceptanceEvenIfNobodyStartsItAndStartingItKeepsThem() throws Exception {
        clock.setToday(LocalDate.of(2026, 11, 10));
        String id = withRequest(LocalDate.of(2026, 11, 2));
        String review = firstReview(id);
        // 第56条: the request came with the application (第13条); the 30 calendar days run from the acceptance (Tue 3 Nov)
        step(kaifu, R + id + "/acceptance", """
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-11-03"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.normativeReviews[0].status").value("REQUESTED"))
                .andExpect(jsonPath("$.normativeReviews[0].startedOn").doesNotExist())
                .andExpect(jsonPath("$.normativeReviews[0].nextDueOn").value("2026-12-03"))
                .andExpect(jsonPath("$.normativeReviews[0].allowedActions", hasItem("start")));
        assertThat(reviewDue(id, review, "RV_NORMATIVE_HANDLING")).isEqualTo("2026-12-03");
        assertThat(count("core_deadline", "record_id = ?::uuid and record_type = 'review-normative-review' and status = 'OPEN'", review))
                .isEqualTo(1);
        assertThat(count("core_deadline", "record_id = ?::uuid and kind like 'RV_NORMATIVE_%'", id)).isZero();
        // once the copy and the reply are done, the review's 30 days are the case's next due date, in the detail and the list
        step(kaifu, R + id + "/copy-sent", "{\"sentOn\":\"2026-11-04\"}").andExpect(status().isOk());
        step(kaifu, R + id + "/respondent-reply", "{\"repliedOn\":\"2026-11-06\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.nextDueOn").value("2026-12-03"))
                .andExpect(jsonPath("$.overdue").value(false));
        getJson(kaifu, API + "/reconsiderations?size=200")
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')].nextDueOn").value(hasItem("2026-12-03")));
        getJson(kaifu, API + "/reconsiderations?overdue=true&size=200").andExpect(jsonPath("$.content[*].id", not(hasItem(id))));

        // nobody starts it: on 4 Dec the case is overdue, in the detail and the list's filter
        clock.setToday(LocalDate.of(2026, 12, 4));
        getJson(kaifu, R + id).andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.normativeReviews[0].overdue").value(true))
                .andExpect(jsonPath("$.normativeReviews[0].status").value("REQUESTED"));
        getJson(kaifu, API + "/reconsiderations?overdue=true&size=200").andExpect(jsonPath("$.content[*].id", hasItem(id)));
        getJson(kaifu, API + "/reconsiderations?overdue=false&size=200").andExpect(jsonPath("$.content[*].id", not(hasItem(id))));

        // started (back-dated) on 10 Nov by a competent body: the same period, same row and due date; the drafter
        // notice counts from the start
        String row = periodRow(review, "RV_NORMATIVE_HANDLING");
        nr(kaifu, id, review, "start", "{\"competent\":true,\"startedOn\":\"2026-11-10\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.normativeReviews[0].status").value("UNDER_WAY"));
        assertThat(reviewDue(id, review, "RV_NORMATIVE_HANDLING")).isEqualTo("2026-12-03");
        assertThat(periodRow(review, "RV_NORMATIVE_HANDLING")).isEqualTo(row);
        assertThat(count("core_deadline", "record_id = ?::uuid and kind = 'RV_NORMATIVE_HANDLING'", review)).isEqualTo(1);
        assertThat(reviewDue(id, review, "RV_NORMATIVE_DRAFTER_NOTICE")).isEqualTo("2026-11-13"); // Wed 11, Thu 12, Fri 13
    }

    @Test
    void aRequestedReviewTheBodyCannotHandleIsTransferredWithinSevenWorkingDaysOfTheAcceptance() throws Exception {
        clock.setToday(LocalDate.of(2026, 10, 12));
        String id = withRequest(LocalDate.of(2026, 9, 24));
        String review = firstReview(id);
        step(kaifu, R + id + "/acceptance", """
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-09-28"}""").andExpect(status().isOk());
        assertThat(reviewDue(id, review, "RV_NORMATIVE_HANDLING")).isEqualTo("2026-10-28");
        nr(kaifu, id, review, "start", "{\"competent\":false,\"startedOn\":\"2026-10-12\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.normativeReviews[0].allowedActions", hasItem("transfer")))
                .andExpect(jsonPath("$.normativeReviews[0].deadlines[?(@.kind == 'RV_NORMATIVE_HANDLING')].status")
                        .value(hasItem("CANCELLED")));
        assertThat(count("core_deadline", "record_id = ?::uuid and kind = 'RV_NORMATIVE_HANDLING' and status = 'OPEN'", review)).isZero();
        // 7 working days from Mon 28 Sep (第56条, 第88条): Tue 29, Wed 30 Sep, 国庆 1–7 Oct, Thu 8, Fri 9, Sat 10 (调休),
        // Mon 12, Tue 13 Oct; none for the drafter (the document is transferred)
        assertThat(reviewDue(id, review, "RV_NORMATIVE_TRANSFER")).isEqualTo("2026-10-13");
        assertThat(count("core_deadline", "record_id = ?::uuid and kind = 'RV_NORMATIVE_DRAFTER_NOTICE'", review)).isZero();
        getJson(kaifu, R + id).andExpect(jsonPath("$.overdue").value(false));
    }

    @Test
    void anEndingBeforeTheStartCancelsTheRequestedReviewsPeriod() throws Exception {
        clock.setToday(LocalDate.of(2026, 11, 10));
        String id = withRequest(LocalDate.of(2026, 11, 2));
        String review = firstReview(id);
        step(kaifu, R + id + "/acceptance", """
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-11-03"}""").andExpect(status().isOk());
        step(kaifu, R + id + "/withdrawal", "{\"withdrawnOn\":\"2026-11-05\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.normativeReviews[0].status").value("CLOSED"))
                .andExpect(jsonPath("$.normativeReviews[0].allowedActions").isEmpty())
                .andExpect(jsonPath("$.normativeReviews[0].nextDueOn").doesNotExist())
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_NORMATIVE_HANDLING')].status").value(hasItem("CANCELLED")));
        assertThat(count("core_deadline", "record_id = ?::uuid and status = 'OPEN'", review)).isZero();
        assertThat(count("core_transition", "record_id = ?::uuid and action = 'closed'", review)).isEqualTo(1);
        clock.setToday(LocalDate.of(2026, 12, 10));
        getJson(kaifu, R + id).andExpect(jsonPath("$.overdue").value(false));
        getJson(kaifu, API + "/reconsiderations?overdue=true&size=200").andExpect(jsonPath("$.content[*].id", not(hasItem(id))));

        // not accepted: the request ends with the application, never having had a period
        String refused = withRequest(LocalDate.of(2026, 11, 2));
        step(kaifu, R + refused + "/acceptance", """
                {"decision":"NOT_ACCEPT","reason":"不属于受理范围","competentBody":"某市人民政府","decidedOn":"2026-11-04"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.normativeReviews[0].status").value("CLOSED"));
        assertThat(count("core_deadline", "record_id = ?::uuid", firstReview(refused))).isZero();
    }
}
