package cn.sifa.enforcement.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.sifa.enforcement.EnforcementApiTest;

/** Complaints, penalty filings, normative documents, legality reviews and lenient decisions through REST. */
class ComplaintAndFilingApiTest extends EnforcementApiTest {

    private UUID complaint(UUID agency, String receivedOn) throws Exception {
        return UUID.fromString(read(postJson(kaifuStaff, API + "/complaints", """
                {"agencyId":"%s","complainantName":"王女士","complainantPhone":"13800138000","summary":"检查时未出示执法证件",
                 "receivedOn":"%s"}""".formatted(agency, receivedOn)).andExpect(status().isCreated()), "$.id"));
    }

    @Test
    void aComplaintIsInvestigatedSupervisedRectifiedReportedAndClosed() throws Exception {
        UUID agency = agency(kaifu);
        UUID id = complaint(agency, "2026-09-01");
        String base = API + "/complaints/" + id;
        // The handling period's basis is written for a clerk (issue 14), not a note on what was left unverified.
        getJson(kaifuStaff, base).andExpect(jsonPath("$.deadlines[?(@.kind == 'ENF_COMPLAINT_HANDLING')].basis")
                .value("《行政执法监督条例》(国务院令第825号);投诉办理期限按本地规定,默认60日,可按省配置"));
        postJson(kaifuStaff, base + "/investigate", "{\"startedOn\":\"2026-09-02\"}").andExpect(jsonPath("$.status").value("INVESTIGATING"))
                .andExpect(jsonPath("$.assignee").value(kaifuStaff.subject()));
        postJson(kaifuStaff, base + "/issue-document", """
                {"documentType":"SUPERVISION_DECISION","documentNo":"开司监决〔2026〕1号","finding":"程序违法","issuedOn":"2026-09-10"}""")
                .andExpect(jsonPath("$.status").value("RECTIFYING")).andExpect(jsonPath("$.documentTypeLabel").value("执法监督决定书"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'ENF_COMPLAINT_RECTIFICATION')].dueDate").value("2026-10-10"))
                .andExpect(jsonPath("$.nextDueOn").value("2026-10-10")).andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.allowedActions[0]").value("report"))
                // the nested copy stays for one release
                .andExpect(jsonPath("$.workflow.deadlines[?(@.kind == 'ENF_COMPLAINT_RECTIFICATION')].dueDate").value("2026-10-10"));
        // The list row shows the same status, due date and overdue flag as the record (today is 2026-12-04: overdue).
        getJson(kaifuStaff, API + "/complaints?mine=true&agencyId=" + agency)
                .andExpect(jsonPath("$.content[0].status").value("RECTIFYING"))
                .andExpect(jsonPath("$.content[0].nextDueOn").value("2026-10-10"))
                .andExpect(jsonPath("$.content[0].overdue").value(true))
                .andExpect(jsonPath("$.content[0].allowedActions[0]").value("report"));
        getJson(kaifuStaff, base).andExpect(jsonPath("$.nextDueOn").value("2026-10-10")).andExpect(jsonPath("$.overdue").value(true));
        getJson(kaifuStaff, API + "/complaints?overdue=true&agencyId=" + agency).andExpect(jsonPath("$.page.totalElements").value(1));
        postJson(kaifuStaff, base + "/report", "{\"report\":\"已整改\",\"reportedOn\":\"2026-10-09\"}").andExpect(jsonPath("$.status").value("REPORTED"));
        postJson(kaifuStaff, base + "/close", "{\"conclusion\":\"整改到位\",\"closedOn\":\"2026-10-12\"}")
                .andExpect(jsonPath("$.status").value("CLOSED")).andExpect(jsonPath("$.outcome").value("RECTIFIED"))
                .andExpect(jsonPath("$.history.length()").value(5)).andExpect(jsonPath("$.nextDueOn").doesNotExist())
                .andExpect(jsonPath("$.allowedActions.length()").value(0));
        getJson(kaifuStaff, API + "/complaints?mine=true&status=CLOSED&agencyId=" + agency).andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].overdue").value(false));
        // deprecated, kept for one release
        getJson(kaifuStaff, API + "/complaints?assignee=me&status=CLOSED&agencyId=" + agency).andExpect(jsonPath("$.page.totalElements").value(1));
    }

    @Test
    void theComplainantsPhoneIsMaskedExceptForSupervisorsWhoseFullReadIsAudited() throws Exception {
        UUID agency = agency(kaifu);
        UUID id = complaint(agency, "2026-11-01");
        String path = API + "/complaints/" + id;
        long audited = count("core_audit_event", "target_id = ? and action = 'read-full-phone'", id.toString());
        getJson(kaifuStaff, path).andExpect(status().isOk()).andExpect(jsonPath("$.complainantPhone").value("13800138000"));
        assertThat(count("core_audit_event", "target_id = ? and action = 'read-full-phone'", id.toString())).isEqualTo(audited + 1);
        getJson(kaifu, path).andExpect(jsonPath("$.complainantPhone").value("138****8000"));
        getJson(cn.sifa.core.testing.TestCallers.staff(KAIFU, cn.sifa.core.security.Role.BUREAU_LEADER), path)
                .andExpect(jsonPath("$.complainantPhone").value("138****8000"));
        assertThat(count("core_audit_event", "target_id = ? and action = 'read-full-phone'", id.toString())).isEqualTo(audited + 1);
        String csv = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(API + "/complaints?agencyId=" + agency)
                .header("Accept", "text/csv").with(as(kaifuStaff))).andExpect(status().isOk()));
        assertThat(csv).contains("王女士").doesNotContain("13800138000");
    }

    @Test
    void anUnfoundedComplaintClosesFromInvestigationAndIllegalStepsAnswer409() throws Exception {
        UUID agency = agency(kaifu);
        UUID id = complaint(agency, "2026-10-01");
        String base = API + "/complaints/" + id;
        postJson(kaifu, base + "/report", "{\"report\":\"x\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowedActions[0]").value("investigate"));
        postJson(kaifu, base + "/investigate", "{}").andExpect(status().isOk());
        postJson(kaifu, base + "/close", "{\"conclusion\":\"查无实据\"}").andExpect(jsonPath("$.outcome").value("UNFOUNDED"));
        postJson(kaifu, base + "/investigate", "{}").andExpect(status().isConflict());
    }

    @Test
    void aComplaintWithBadInputWritesNothing() throws Exception {
        UUID agency = agency(kaifu);
        long before = count("enf_complaint", "agency_id = ?", agency);
        postJson(kaifu, API + "/complaints", "{\"agencyId\":\"" + agency + "\",\"complainantName\":\"王\",\"complainantPhone\":\"abc\",\"summary\":\"x\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("complainantPhone"));
        postJson(kaifu, API + "/complaints", "{\"agencyId\":123}").andExpect(status().isBadRequest());
        assertThat(count("enf_complaint", "agency_id = ?", agency)).isEqualTo(before);
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyProducesOneComplaint() throws Exception {
        UUID agency = agency(kaifu);
        String json = "{\"agencyId\":\"" + agency + "\",\"complainantName\":\"李先生\",\"summary\":\"重复检查\"}";
        String key = "enf-" + UUID.randomUUID();
        String first = read(as(kaifu, post(API + "/complaints").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andExpect(status().isCreated()), "$.id");
        String second = read(as(kaifu, post(API + "/complaints").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andExpect(status().isCreated()), "$.id");
        assertThat(second).isEqualTo(first);
        assertThat(count("enf_complaint", "agency_id = ?", agency)).isEqualTo(1);
    }

    @Test
    void aLateFilingIsMarkedAndItsReviewAndCorrectionFollow() throws Exception {
        UUID agency = agency(kaifu);
        // Decided 2026-09-01; 15 calendar days end on 16 Sep; filed on 20 Sep -> late.
        String id = read(postJson(kaifu, API + "/penalty-filings", """
                {"agencyId":"%s","caseTitle":"某公司销售不合格产品案","partyName":"某公司","penaltyKinds":["FINE","CONFISCATE_GAINS"],
                 "amount":200000,"decidedOn":"2026-09-01","filedOn":"2026-09-20"}""".formatted(agency))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.filedLate").value(true))
                .andExpect(jsonPath("$.workflow.deadlines[?(@.kind == 'ENF_PENALTY_FILING')].status").value("MISSED")), "$.id");
        postJson(kaifu, API + "/penalty-filings/" + id + "/report-correction", "{\"note\":\"x\"}").andExpect(status().isConflict());
        postJson(kaifu, API + "/penalty-filings/" + id + "/review", "{\"result\":\"CORRECTION_REQUIRED\",\"opinion\":\"未告知听证\",\"reviewedOn\":\"2026-09-25\"}")
                .andExpect(jsonPath("$.status").value("CORRECTION_REQUIRED"));
        postJson(kaifu, API + "/penalty-filings/" + id + "/report-correction", "{\"note\":\"已纠正\",\"correctedOn\":\"2026-10-09\"}")
                .andExpect(jsonPath("$.status").value("CORRECTED"));
        postJson(kaifu, API + "/penalty-filings", """
                {"agencyId":"%s","caseTitle":"x","partyName":"y","penaltyKinds":["FINE"],"decidedOn":"2026-09-10","filedOn":"2026-09-01"}"""
                .formatted(agency)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("date-before-previous-step"));
    }

    @Test
    void aNormativeDocumentFiledOnTimeIsReviewedAndCorrected() throws Exception {
        String no = "开政发〔2026〕" + seq() + "号";
        String id = read(postJson(kaifu, API + "/normative-documents", """
                {"title":"轻微违法行为免罚清单","documentNo":"%s","issuingBody":"长沙市开福区人民政府","publishedOn":"2026-09-28","filedOn":"2026-10-20"}"""
                .formatted(no)).andExpect(status().isCreated()).andExpect(jsonPath("$.filedLate").value(false)), "$.id");
        postJson(kaifu, API + "/normative-documents", """
                {"title":"x","documentNo":"%s","issuingBody":"y","publishedOn":"2026-09-28"}""".formatted(no)).andExpect(status().isConflict());
        postJson(kaifu, API + "/normative-documents/" + id + "/review", "{\"correctionRequired\":true,\"opinion\":\"第五条无上位法依据\"}")
                .andExpect(jsonPath("$.status").value("CORRECTION_REQUIRED"));
        postJson(kaifu, API + "/normative-documents/" + id + "/report-correction", "{\"note\":\"已删除第五条\"}")
                .andExpect(jsonPath("$.status").value("CORRECTED_REPORTED"));
        getJson(jinyun, API + "/normative-documents/" + id).andExpect(status().isNotFound());
    }

    @Test
    void legalityReviewsNeedTheContractAmountAndRecordAdoption() throws Exception {
        postJson(kaifu, API + "/legality-reviews", "{\"subjectType\":\"CONTRACT\",\"title\":\"合同\",\"requestingUnit\":\"住建局\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        String id = read(postJson(kaifu, API + "/legality-reviews",
                "{\"subjectType\":\"CONTRACT\",\"title\":\"合同\",\"requestingUnit\":\"住建局\",\"amount\":1200000.50,\"receivedOn\":\"2026-11-02\"}")
                .andExpect(status().isCreated()), "$.id");
        postJson(kaifu, API + "/legality-reviews/" + id + "/record-adoption", "{\"adopted\":true}").andExpect(status().isConflict());
        postJson(kaifu, API + "/legality-reviews/" + id + "/give-opinion", "{\"opinion\":\"AMEND\",\"opinionText\":\"修改第九条\"}")
                .andExpect(jsonPath("$.status").value("OPINION_GIVEN"));
        postJson(kaifu, API + "/legality-reviews/" + id + "/record-adoption", "{\"adopted\":true}")
                .andExpect(jsonPath("$.status").value("CLOSED")).andExpect(jsonPath("$.adopted").value(true));
    }

    @Test
    void aLenientDecisionRequiresEducationAndAValidCreditCode() throws Exception {
        UUID agency = agency(kaifu);
        String item = read(postJson(kaifu, API + "/leniency-items", """
                {"agencyId":"%s","listKind":"NO_PENALTY","matter":"未公示营业执照","legalBasis":"行政处罚法第三十三条","conditions":"首次、及时改正",
                 "publishedOn":"2026-03-01"}""".formatted(agency)).andExpect(status().isCreated()), "$.id");
        String ok = """
                {"agencyId":"%s","leniencyItemId":"%s","kind":"FIRST_OFFENCE","partyName":"某便利店","partyCreditCode":"%s",
                 "violation":"未公示营业执照","decidedOn":"2026-11-05","correctedOn":"2026-11-04","educationGiven":%s,"educationMethod":"当场教育"}""";
        postJson(kaifu, API + "/lenient-decisions", ok.formatted(agency, item, creditCode(7), "false")).andExpect(status().isBadRequest());
        postJson(kaifu, API + "/lenient-decisions", ok.formatted(agency, item, "91350100M000100Y44", "true")).andExpect(status().isBadRequest());
        assertThat(count("enf_lenient_decision", "agency_id = ?", agency)).isZero();
        postJson(kaifu, API + "/lenient-decisions", ok.formatted(agency, item, creditCode(7), "true")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.kindLabel").value("首违不罚"));
    }
}
