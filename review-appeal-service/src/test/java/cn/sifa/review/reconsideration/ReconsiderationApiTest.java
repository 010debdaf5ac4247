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

class ReconsiderationApiTest extends ReviewAppealApiTest {

    private static final String R = API + "/reconsiderations/";

    private String due(String id, String kind) throws Exception {
        List<String> dates = read(getJson(kaifu, R + id), "$.deadlines[?(@.kind == '" + kind + "' && @.status != 'CANCELLED')].dueDate");
        return dates.get(dates.size() - 1);
    }

    @Test
    void mainPathFromReceiptToFinalDecisionWithEveryDeadlineAcrossTheAutumnHolidays() throws Exception {
        // Thu 24 Sep 2026: 中秋 25–27 Sep and 国庆 1–7 Oct are off, so 5 working days end on Fri 9 Oct.
        String id = reconsideration(kaifu, LocalDate.of(2026, 9, 24), "PENALTY", "2000");
        getJson(kaifu, R + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.late").value(false))
                .andExpect(jsonPath("$.deadlines[0].kind").value("RV_ACCEPTANCE_REVIEW"))
                .andExpect(jsonPath("$.deadlines[0].dueDate").value("2026-10-09"))
                .andExpect(jsonPath("$.deadlines[0].basis").value(org.hamcrest.Matchers.containsString("第30条")))
                .andExpect(jsonPath("$.allowedActions", hasItem("acceptance")));

        step(kaifu, R + id + "/acceptance", """
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-10-09","reason":"材料齐全"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_ACCEPTANCE_REVIEW')].status").value(hasItem("MET")));
        // 7 working days from Fri 9 Oct: Sat 10 Oct is a 调休 working day → Mon 19 Oct; 60 calendar days → Tue 8 Dec.
        assertThat(due(id, "RV_COPY_ORDINARY")).isEqualTo("2026-10-19");
        assertThat(due(id, "RV_DECISION_ORDINARY")).isEqualTo("2026-12-08");

        step(kaifu, R + id + "/copy-sent", """
                {"sentOn":"2026-10-12","respondentReceivedOn":"2026-10-13"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COPY_SENT"));
        assertThat(due(id, "RV_REPLY_ORDINARY")).isEqualTo("2026-10-27");

        step(kaifu, R + id + "/respondent-reply", """
                {"repliedOn":"2026-10-20"}""").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
        // 听证 notice must be at least 5 working days ahead: notice Mon 2 Nov → earliest Mon 9 Nov.
        step(kaifu, R + id + "/hearings", """
                {"noticeOn":"2026-11-02","heldOn":"2026-11-06","record":"双方陈述"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("hearing-notice-too-short"));
        step(kaifu, R + id + "/hearings", """
                {"noticeOn":"2026-11-02","heldOn":"2026-11-09","record":"双方陈述,质证"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.hearingCount").value(1));
        step(kaifu, R + id + "/committee-consultations", """
                {"consultedOn":"2026-11-12","opinion":"建议撤销"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.committeeConsulted").value(true));
        step(kaifu, R + id + "/decision", """
                {"outcome":"REVOKE","decidedOn":"2026-11-20","approvalMode":"HEAD","approvedBy":"县长 赵某","reason":"认定事实不清"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.outcomeLabel").value("撤销"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_DECISION_ORDINARY')].status").value(hasItem("MET")));
        step(kaifu, R + id + "/service", """
                {"servedOn":"2026-11-23"}""").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SERVED"));
        assertThat(due(id, "RV_LITIGATION_WINDOW")).isEqualTo("2026-12-08");
        step(kaifu, R + id + "/finality", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("litigation-window-running"));

        clock.setToday(LocalDate.of(2026, 12, 10));
        step(kaifu, R + id + "/finality", """
                {"finalOn":"2026-12-09"}""").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINAL"))
                .andExpect(jsonPath("$.history.length()").value(9))
                .andExpect(jsonPath("$.allowedActions").value(org.hamcrest.Matchers.contains("advice-letters")));
    }

    @Test
    void suspensionMovesTheDecisionDeadlineByExactlyThePausedDaysAcrossTheHolidays() throws Exception {
        String id = reconsideration(kaifu, LocalDate.of(2026, 8, 5), "LICENSING", "null");
        step(kaifu, R + id + "/acceptance", """
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-08-10"}""").andExpect(status().isOk());
        assertThat(due(id, "RV_DECISION_ORDINARY")).isEqualTo("2026-10-09"); // 10 Aug + 60 days, a Friday

        step(kaifu, R + id + "/suspension", """
                {"ground":"AGREED_MEDIATION","reason":"双方申请和解","suspendedOn":"2026-09-24"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.allowedActions", hasItem("resumption")))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_SUSPENSION_LIMIT')]").isEmpty());
        // 24 Sep to 8 Oct: 14 days suspended, over 中秋 and 国庆.
        step(kaifu, R + id + "/resumption", """
                {"resumedOn":"2026-10-08"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.pausedDays").value(14));
        assertThat(due(id, "RV_DECISION_ORDINARY")).isEqualTo("2026-10-23");

        // A ground of 第39条(一)(二)(四) opens the 60-day termination limit (第41条).
        step(kaifu, R + id + "/suspension", """
                {"ground":"APPLICANT_DIED","suspendedOn":"2026-10-12"}""").andExpect(status().isOk());
        assertThat(due(id, "RV_SUSPENSION_LIMIT")).isEqualTo("2026-12-11");
        step(kaifu, R + id + "/decision", """
                {"outcome":"UPHOLD","approvalMode":"HEAD","approvedBy":"县长"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("suspended"));
        step(kaifu, R + id + "/decision", """
                {"outcome":"TERMINATED","decidedOn":"2026-12-01","approvalMode":"COLLECTIVE","approvedBy":"集体讨论"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.nextDueOn").doesNotExist());
    }

    @Test
    void extensionOnceByUpToThirtyDaysOrdinaryOnly() throws Exception {
        String id = reconsideration(kaifu, LocalDate.of(2026, 10, 12), "PENALTY", "5000");
        step(kaifu, R + id + "/acceptance", """
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-10-14"}""").andExpect(status().isOk());
        assertThat(due(id, "RV_DECISION_ORDINARY")).isEqualTo("2026-12-14"); // 13 Dec is a Sunday
        step(kaifu, R + id + "/extension", """
                {"days":30,"approvedBy":"复议机构负责人 王某","approvedOn":"2026-12-01"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.extensionDays").value(30));
        assertThat(due(id, "RV_DECISION_ORDINARY")).isEqualTo("2027-01-12");
        step(kaifu, R + id + "/extension", """
                {"days":5,"approvedBy":"王某","approvedOn":"2026-12-02"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("already-extended"));
        step(kaifu, R + id + "/extension", """
                {"days":31,"approvedBy":"王某"}""").andExpect(status().isBadRequest());
    }

    @Test
    void simpleProcedureOnlyOnTheGroundsOfArticle53() throws Exception {
        String big = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "PENALTY", "3000.01");
        long history = count("core_transition", "record_id = ?::uuid", big);
        step(kaifu, R + big + "/acceptance", """
                {"decision":"ACCEPT","procedure":"SIMPLE","simpleGround":"SMALL_AMOUNT","decidedOn":"2026-11-03"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("simple-procedure-not-eligible"));
        step(kaifu, R + big + "/acceptance", """
                {"decision":"ACCEPT","procedure":"SIMPLE","simpleGround":"GOV_INFO","decidedOn":"2026-11-03"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("simple-procedure-not-eligible"));
        step(kaifu, R + big + "/acceptance", """
                {"decision":"ACCEPT","procedure":"SIMPLE","decidedOn":"2026-11-03"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("simpleGround"));
        assertThat(count("core_transition", "record_id = ?::uuid", big)).isEqualTo(history);
        getJson(kaifu, R + big).andExpect(jsonPath("$.status").value("RECEIVED"));
        // all parties agree: any case
        step(kaifu, R + big + "/acceptance", """
                {"decision":"ACCEPT","procedure":"SIMPLE","simpleGround":"PARTIES_AGREE","decidedOn":"2026-11-03"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.procedure").value("SIMPLE"));

        String small = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "PENALTY", "3000");
        step(kaifu, R + small + "/acceptance", """
                {"decision":"ACCEPT","procedure":"SIMPLE","simpleGround":"SMALL_AMOUNT","decidedOn":"2026-11-03"}""")
                .andExpect(status().isOk());
        // simple: copy 3 working days, decision 30 days; no extension
        assertThat(due(small, "RV_COPY_SIMPLE")).isEqualTo("2026-11-06");
        assertThat(due(small, "RV_DECISION_SIMPLE")).isEqualTo("2026-12-03");
        step(kaifu, R + small + "/extension", """
                {"days":10,"approvedBy":"王某"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("extension-not-allowed"));

        String info = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "GOV_INFO", "null");
        step(kaifu, R + info + "/acceptance", """
                {"decision":"ACCEPT","procedure":"SIMPLE","simpleGround":"GOV_INFO","decidedOn":"2026-11-03"}""")
                .andExpect(status().isOk());
    }

    @Test
    void correctionRestartsTheReviewAndAnUndecidedApplicationIsDeemedAccepted() throws Exception {
        String id = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "PENALTY", "100");
        step(kaifu, R + id + "/acceptance", """
                {"decision":"REQUEST_CORRECTION","decidedOn":"2026-11-04","reason":"请补充身份证明"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CORRECTION_REQUESTED"));
        assertThat(due(id, "RV_CORRECTION")).isEqualTo("2026-11-18");
        step(kaifu, R + id + "/abandonment", "{}").andExpect(status().isOk()) // today 4 Dec, long after the 补正 period
                .andExpect(jsonPath("$.status").value("ABANDONED")).andExpect(jsonPath("$.outcome").value("ABANDONED"));

        String corrected = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "PENALTY", "100");
        step(kaifu, R + corrected + "/acceptance", """
                {"decision":"REQUEST_CORRECTION","decidedOn":"2026-11-04","reason":"请补充身份证明"}""").andExpect(status().isOk());
        step(kaifu, R + corrected + "/abandonment", """
                {"abandonedOn":"2026-11-10"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("correction-period-running"));
        step(kaifu, R + corrected + "/corrections", """
                {"receivedOn":"2026-11-10"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED")).andExpect(jsonPath("$.correctionDays").value(6));
        assertThat(due(corrected, "RV_ACCEPTANCE_REVIEW")).isEqualTo("2026-11-17");
        // Nothing decided by 17 Nov: deemed accepted (视为受理), shown on the record and in the list.
        getJson(kaifu, R + corrected).andExpect(jsonPath("$.deemedAccepted").value(true)).andExpect(jsonPath("$.overdue").value(true));
        getJson(kaifu, API + "/reconsiderations?overdue=true&size=200")
                .andExpect(jsonPath("$.content[?(@.id == '" + corrected + "')].deemedAccepted").value(hasItem(true)));

        step(kaifu, R + corrected + "/acceptance", """
                {"decision":"NOT_ACCEPT","decidedOn":"2026-11-20"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
    }

    @Test
    void lateApplicationIsFlaggedNotRefused() throws Exception {
        String json = """
                {"applicants":["王五"],"respondentAgency":{"name":"某区自然资源局"},"actCategory":"PENALTY",
                 "actDescription":"罚款","actDate":"2026-06-01","knewOn":"2026-06-02","receivedOn":"2026-09-01",
                 "requests":"撤销","channel":"ORAL"}""";
        postJson(kaifu, API + "/reconsiderations", json).andExpect(status().isCreated())
                .andExpect(jsonPath("$.late").value(true))
                .andExpect(jsonPath("$.lateReason").value(org.hamcrest.Matchers.containsString("60日")))
                .andExpect(jsonPath("$.status").value("RECEIVED"));
    }

    @Test
    void mediationAndWithdrawalEndTheCase() throws Exception {
        String id = accepted();
        step(kaifu, R + id + "/copy-sent", "{\"sentOn\":\"2026-11-05\"}").andExpect(status().isOk());
        step(kaifu, R + id + "/respondent-reply", "{\"repliedOn\":\"2026-11-30\",\"noReply\":true}").andExpect(status().isOk())
                .andExpect(jsonPath("$.noReply").value(true));
        step(kaifu, R + id + "/mediation", "{\"succeeded\":false,\"mediatedOn\":\"2026-12-01\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
        step(kaifu, R + id + "/mediation", "{\"succeeded\":true,\"note\":\"调解书已签收\",\"mediatedOn\":\"2026-12-02\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("MEDIATED"))
                .andExpect(jsonPath("$.outcome").value("MEDIATED"));

        String other = accepted();
        step(kaifu, R + other + "/withdrawal", "{\"settlement\":true,\"reason\":\"和解\",\"withdrawnOn\":\"2026-11-20\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.outcome").value("WITHDRAWN")).andExpect(jsonPath("$.overdue").value(false));
    }

    private String accepted() throws Exception {
        String id = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "PENALTY", "100");
        step(kaifu, R + id + "/acceptance", """
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-11-04"}""").andExpect(status().isOk());
        return id;
    }

    @Test
    void illegalStepIs409AndStaleIfMatchIs412() throws Exception {
        String id = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "PENALTY", "100");
        step(kaifu, R + id + "/decision", """
                {"outcome":"REVOKE","approvalMode":"HEAD","approvedBy":"县长"}""").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.containsString("invalid-transition")));
        step(kaifu, R + id + "/service", "{}").andExpect(status().isConflict());
        postJson(kaifu, R + id + "/acceptance", "\"99\"", """
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-11-04"}""").andExpect(status().isPreconditionFailed());
        getJson(kaifu, R + id).andExpect(jsonPath("$.status").value("RECEIVED"));
    }

    @Test
    void badInputIs400AndWritesNothing() throws Exception {
        long before = count("rv_reconsideration", "true");
        long history = count("core_transition", "record_type = ?", Reconsideration.RECORD_TYPE);
        postJson(kaifu, API + "/reconsiderations", """
                {"applicants":[],"respondentAgency":{"name":"","creditCode":"bad"},"actCategory":"NOPE","knewOn":"2026-11-01",
                 "actDescription":"x","requests":"y","channel":"WRITTEN"}""").andExpect(status().isBadRequest());
        postJson(kaifu, API + "/reconsiderations", """
                {"applicants":[],"respondentAgency":{"name":"","creditCode":"bad"},"actCategory":"PENALTY","knewOn":"2026-11-01",
                 "actDescription":"x","requests":"y","channel":"WRITTEN"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("applicants")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("respondentAgency.creditCode")));
        String unknownField = application(LocalDate.of(2026, 11, 2), "PENALTY", "100").replace("{\"applicants\"", "{\"fee\":1,\"applicants\"");
        postJson(kaifu, API + "/reconsiderations", unknownField).andExpect(status().isBadRequest());
        String knewAfterReceipt = application(LocalDate.of(2026, 11, 2), "PENALTY", "100").replace("\"knewOn\":\"2026-10-23\"", "\"knewOn\":\"2026-11-03\"");
        postJson(kaifu, API + "/reconsiderations", knewAfterReceipt).andExpect(status().isBadRequest());
        postJson(kaifu, API + "/reconsiderations", application(LocalDate.of(2027, 1, 2), "PENALTY", "100"))
                .andExpect(status().isBadRequest());
        assertThat(count("rv_reconsideration", "true")).isEqualTo(before);
        assertThat(count("core_transition", "record_type = ?", Reconsideration.RECORD_TYPE)).isEqualTo(history);
    }

    @Test
    void anotherDivisionSeesNothing() throws Exception {
        String id = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "PENALTY", "100");
        getJson(jinyun, R + id).andExpect(status().isNotFound());
        step(kaifu, R + id + "/acceptance", "{\"decision\":\"ACCEPT\",\"procedure\":\"ORDINARY\",\"decidedOn\":\"2026-11-04\"}")
                .andExpect(status().isOk());
        postJson(jinyun, R + id + "/copy-sent", "{}").andExpect(status().isNotFound());
        getJson(jinyun, API + "/reconsiderations?size=200").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", not(hasItem(id))));
        getJson(kaifu, API + "/reconsiderations?size=200").andExpect(jsonPath("$.content[*].id", hasItem(id)));
    }

    @Test
    void retryWithTheSameIdempotencyKeyCreatesOneRecord() throws Exception {
        String json = application(LocalDate.of(2026, 11, 2), "PENALTY", "100");
        String key = "rv-" + java.util.UUID.randomUUID();
        String first = read(postWithKey(kaifu, API + "/reconsiderations", key, json).andExpect(status().isCreated()), "$.id");
        String second = read(postWithKey(kaifu, API + "/reconsiderations", key, json).andExpect(status().isCreated()), "$.id");
        assertThat(second).isEqualTo(first);
        assertThat(count("rv_reconsideration", "id = ?::uuid", first)).isEqualTo(1);
    }

    @Test
    void listFiltersAndExport() throws Exception {
        String id = reconsideration(kaifu, LocalDate.of(2026, 11, 30), "WORK_INJURY", "100");
        getJson(kaifu, API + "/reconsiderations?actCategory=WORK_INJURY&status=RECEIVED&size=200")
                .andExpect(jsonPath("$.content[*].id", hasItem(id)))
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')].nextDueOn").value(hasItem("2026-12-07")));
        getJson(kaifu, API + "/reconsiderations?dueSoon=true&size=200").andExpect(jsonPath("$.content[*].id", hasItem(id)));
        getJson(kaifu, API + "/reconsiderations?mine=true&size=200").andExpect(jsonPath("$.content[*].id", not(hasItem(id))));
        String csv = body(perform(kaifu, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(API + "/reconsiderations?actCategory=WORK_INJURY").accept("text/csv")).andExpect(status().isOk()));
        assertThat(csv).contains("被申请人").contains("工伤认定");
    }

    @Test
    void simpleCaseConvertedToOrdinaryKeepsItsAcceptanceDateAndAnAdviceLetterIsFollowedUp() throws Exception {
        String id = reconsideration(kaifu, LocalDate.of(2026, 9, 1), "GOV_INFO", "null");
        step(kaifu, R + id + "/acceptance", """
                {"decision":"ACCEPT","procedure":"SIMPLE","simpleGround":"GOV_INFO","decidedOn":"2026-09-02"}""").andExpect(status().isOk());
        assertThat(due(id, "RV_DECISION_SIMPLE")).isEqualTo("2026-10-08"); // 2 Oct is in 国庆
        step(kaifu, R + id + "/conversion", """
                {"approvedBy":"复议机构负责人 王某","approvedOn":"2026-09-04"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.procedure").value("ORDINARY")).andExpect(jsonPath("$.convertedBy").value("复议机构负责人 王某"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_DECISION_SIMPLE')].status").value(hasItem("CANCELLED")))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_COPY_ORDINARY')]").isNotEmpty());
        assertThat(due(id, "RV_DECISION_ORDINARY")).isEqualTo("2026-11-02"); // 2 Sep + 60 = Sun 1 Nov → Mon
        step(kaifu, R + id + "/conversion", "{\"approvedBy\":\"王某\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("not-simple"));

        step(kaifu, R + id + "/follow-ups", "{\"kind\":\"CORRECTION_REPORT\",\"note\":\"x\"}").andExpect(status().isConflict());
        step(kaifu, R + id + "/decision", """
                {"outcome":"CONFIRM_ILLEGAL","decidedOn":"2026-10-20","approvalMode":"HEAD","approvedBy":"区长"}""").andExpect(status().isOk());
        step(kaifu, R + id + "/follow-ups", "{\"kind\":\"CORRECTION_REPORT\",\"note\":\"x\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("no-advice-letter"));
        step(kaifu, R + id + "/advice-letters", """
                {"agency":"某区市场监督管理局","content":"规范政府信息公开答复","issuedOn":"2026-10-21"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.adviceIssuedOn").value("2026-10-21"));
        assertThat(due(id, "RV_ADVICE_CORRECTION")).isEqualTo("2026-12-21"); // 20 Dec is a Sunday
        step(kaifu, R + id + "/advice-letters", """
                {"agency":"某局","content":"再发一份","issuedOn":"2026-10-22"}""").andExpect(status().isBadRequest());
        step(kaifu, R + id + "/follow-ups", """
                {"kind":"CORRECTION_REPORT","note":"已重新答复","on":"2026-11-30"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RV_ADVICE_CORRECTION')].status").value(hasItem("MET")));
        step(kaifu, R + id + "/follow-ups", """
                {"kind":"REVIEW_VISIT","note":"整改到位","on":"2026-12-03"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.followUpNote").value("整改到位"));
    }
}
