package cn.sifa.review.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.sifa.review.ReviewAppealApiTest;

/** 第52条 (mandatory 行政复议委员会 consultation) and 第50条 (mandatory hearing) before a merits decision. */
class ProcedureRequirementsApiTest extends ReviewAppealApiTest {

    private static final String R = API + "/reconsiderations/";
    private static final String REVOKE = """
            {"outcome":"REVOKE","decidedOn":"2026-11-30","approvalMode":"HEAD","approvedBy":"区长"}""";

    private String underReview(String acceptance) throws Exception {
        String id = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "PENALTY", "5000");
        step(kaifu, R + id + "/acceptance", acceptance).andExpect(status().isOk());
        step(kaifu, R + id + "/copy-sent", "{\"sentOn\":\"2026-11-04\"}").andExpect(status().isOk());
        step(kaifu, R + id + "/respondent-reply", "{\"repliedOn\":\"2026-11-10\"}").andExpect(status().isOk());
        return id;
    }

    @Test
    void aHighlyTechnicalCaseCannotBeDecidedOnTheMeritsBeforeTheCommitteeIsConsulted() throws Exception {
        String id = underReview("""
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-11-03","highlyTechnical":true}""");
        getJson(kaifu, R + id).andExpect(jsonPath("$.consultationRequired").value(true))
                .andExpect(jsonPath("$.hearingRequired").value(false))
                .andExpect(jsonPath("$.outstandingRequirements", contains("committee-consultation-required")));
        long history = count("core_transition", "record_id = ?::uuid", id);
        step(kaifu, R + id + "/decision", REVOKE).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/procedure-requirement-unmet"))
                .andExpect(jsonPath("$.errors[0].code").value("committee-consultation-required"))
                .andExpect(jsonPath("$.detail", containsString("第52条")));
        assertThat(count("core_transition", "record_id = ?::uuid", id)).isEqualTo(history);
        getJson(kaifu, R + id).andExpect(jsonPath("$.status").value("UNDER_REVIEW"));

        // 驳回申请 (第33条) is procedural: no consultation needed for it.
        String dismissed = underReview("""
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-11-03","highlyTechnical":true}""");
        step(kaifu, R + dismissed + "/decision", """
                {"outcome":"APPLICATION_DISMISSED","decidedOn":"2026-11-30","approvalMode":"HEAD","approvedBy":"区长"}""")
                .andExpect(status().isOk());

        step(kaifu, R + id + "/committee-consultations", "{\"consultedOn\":\"2026-11-20\",\"opinion\":\"建议撤销\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.outstandingRequirements").isEmpty());
        step(kaifu, R + id + "/decision", REVOKE).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DECIDED"));
    }

    @Test
    void aMajorComplexCaseNeedsAHearingAndAConsultationAndNeverTheSimpleProcedure() throws Exception {
        String simple = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "PENALTY", "100");
        step(kaifu, R + simple + "/acceptance", """
                {"decision":"ACCEPT","procedure":"SIMPLE","simpleGround":"SMALL_AMOUNT","decidedOn":"2026-11-03","majorComplex":true}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("simple-procedure-not-eligible"));

        String id = underReview("""
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-11-03","majorComplex":true}""");
        step(kaifu, R + id + "/decision", REVOKE).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code", contains("committee-consultation-required", "hearing-required")));
        getJson(kaifu, API + "/reconsiderations?majorComplex=true&size=200").andExpect(jsonPath("$.content[*].id", hasItem(id)));
        getJson(jinyun, API + "/reconsiderations?majorComplex=true&size=200")
                .andExpect(jsonPath("$.content[*].id", org.hamcrest.Matchers.not(hasItem(id))));
        step(kaifu, R + id + "/hearings", """
                {"noticeOn":"2026-11-11","heldOn":"2026-11-18","record":"双方陈述,质证"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.outstandingRequirements", contains("committee-consultation-required")));
        step(kaifu, R + id + "/decision", REVOKE).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1));
        step(kaifu, R + id + "/committee-consultations", "{\"consultedOn\":\"2026-11-20\",\"opinion\":\"建议撤销\"}")
                .andExpect(status().isOk());
        step(kaifu, R + id + "/decision", REVOKE).andExpect(status().isOk());
    }

    @Test
    void aCaseFlaggedAfterAcceptanceAndAnApplicantWhoStaysAwayFromTheHearing() throws Exception {
        String id = underReview("""
                {"decision":"ACCEPT","procedure":"ORDINARY","decidedOn":"2026-11-03"}""");
        getJson(kaifu, R + id).andExpect(jsonPath("$.outstandingRequirements").isEmpty())
                .andExpect(jsonPath("$.allowedActions", hasItem("classification")));
        step(kaifu, R + id + "/classification", """
                {"majorComplex":true,"hearingRequested":true,"note":"涉及重大公共利益","classifiedOn":"2026-11-11"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.majorComplex").value(true))
                .andExpect(jsonPath("$.hearingRequested").value(true))
                .andExpect(jsonPath("$.history[?(@.action == 'classification')].comment", hasItem(containsString("重大、疑难、复杂"))));
        // 第51条: the applicant stays away without good reason — the hearing was held, the right waived.
        step(kaifu, R + id + "/hearings", """
                {"noticeOn":"2026-11-11","heldOn":"2026-11-18","record":"被申请人陈述","applicantAbsent":true}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.hearingWaived").value(true))
                .andExpect(jsonPath("$.outstandingRequirements", contains("committee-consultation-required")));

        // A simple case must be converted before it is classified 重大、疑难、复杂.
        String simple = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "PENALTY", "100");
        step(kaifu, R + simple + "/acceptance", """
                {"decision":"ACCEPT","procedure":"SIMPLE","simpleGround":"SMALL_AMOUNT","decidedOn":"2026-11-03"}""").andExpect(status().isOk());
        step(kaifu, R + simple + "/classification", "{\"majorComplex\":true}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("convert-first"));
        step(kaifu, R + simple + "/classification", "{\"highlyTechnical\":true}").andExpect(status().isOk())
                .andExpect(jsonPath("$.consultationRequired").value(true));
        // before acceptance there is nothing to classify
        String received = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "PENALTY", "100");
        step(kaifu, R + received + "/classification", "{\"majorComplex\":true}").andExpect(status().isConflict());
    }
}
