package cn.sifa.legalaid.aidcase;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.legalaid.LegalAidApiTest;

/** An objection to a termination (Arts 48, 49), and the closing documents and subsidy of a closed case (Arts 50, 52). */
class TerminationObjectionAndClosureApiTest extends LegalAidApiTest {

    /** A granted case assigned on 2 Dec and served on 2 Dec. @return its id */
    private String caseInService(SifaPrincipal who, String county) throws Exception {
        String c = grantedCase(who, county, "2026-12-01", null);
        String lawyer = provider(who, "LAWYER", null);
        postJson(who, API + "/cases/" + c + "/assign", "{\"providerId\":\"" + lawyer + "\",\"assignedOn\":\"2026-12-02\"}").andExpect(status().isOk());
        postJson(who, API + "/cases/" + c + "/service-records", "{\"kind\":\"MEETING\",\"content\":\"约见受援人\",\"servedOn\":\"2026-12-02\"}")
                .andExpect(status().isOk());
        return c;
    }

    @Test
    void anObjectionToATerminationOrderedToBeCorrectedResumesTheService() throws Exception {
        String c = caseInService(kaifu, KAIFU);
        postJson(kaifu, API + "/cases/" + c + "/objection", "{\"reason\":\"未终止\"}").andExpect(status().isConflict());
        postJson(kaifu, API + "/cases/" + c + "/terminate", "{\"ground\":\"SELF_RETAINED_COUNSEL\",\"terminatedOn\":\"2026-12-02\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.allowedActions", hasItem("objection")));
        // Filed Thu 3 Dec: the 司法行政部门 decides within 5 days, by Tue 8 Dec (第四十九条).
        postJson(kaifu, API + "/cases/" + c + "/objection", "{\"reason\":\"受援人并未自行委托律师\",\"filedOn\":\"2026-12-03\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OBJECTION_FILED"))
                .andExpect(jsonPath("$.statusLabel").value("终止异议审查中"))
                .andExpect(jsonPath("$.terminationObjectionFiledOn").value("2026-12-03"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'LA_OBJECTION_DECISION')].dueDate").value("2026-12-08"))
                .andExpect(jsonPath("$.allowedActions[0]").value("objection-decision"));
        postJson(kaifu, API + "/cases/" + c + "/close", "{\"result\":\"结案\"}").andExpect(status().isConflict());
        postJson(kaifu, API + "/cases/" + c + "/objection-decision", etag(version(kaifu, API + "/cases/" + c)),
                        "{\"result\":\"ORDER_CORRECTION\",\"reason\":\"终止理由不成立\",\"decidedOn\":\"2026-12-04\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_SERVICE"))
                .andExpect(jsonPath("$.terminationObjectionResult").value("ORDER_CORRECTION"))
                .andExpect(jsonPath("$.terminationGround").doesNotExist())
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'LA_OBJECTION_DECISION')].status").value("MET"))
                .andExpect(jsonPath("$.history[-1].comment").value(containsString("恢复法律援助")));
        // One objection per case.
        postJson(kaifu, API + "/cases/" + c + "/terminate", "{\"ground\":\"CLIENT_REQUEST\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.allowedActions", not(hasItem("objection"))));
        postJson(kaifu, API + "/cases/" + c + "/objection", "{\"reason\":\"再次异议\"}").andExpect(status().isConflict());
    }

    @Test
    void anUpheldTerminationStaysAndOnlyAnAssignedCaseMayObject() throws Exception {
        String c = caseInService(kaifu, KAIFU);
        postJson(kaifu, API + "/cases/" + c + "/terminate", "{\"ground\":\"FRAUD\",\"terminatedOn\":\"2026-12-03\"}").andExpect(status().isOk());
        postJson(kaifu, API + "/cases/" + c + "/objection", "{\"reason\":\"未提供虚假材料\",\"filedOn\":\"2026-12-02\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("date-before-previous-step"));
        postJson(kaifu, API + "/cases/" + c + "/objection", "{\"reason\":\"未提供虚假材料\"}").andExpect(status().isOk());
        getJson(jinyun, API + "/cases/" + c).andExpect(status().isNotFound());
        postJson(jinyun, API + "/cases/" + c + "/objection-decision", "{\"result\":\"UPHOLD\"}").andExpect(status().isNotFound());
        postJson(kaifu, API + "/cases/" + c + "/objection-decision", "{\"result\":\"UPHOLD\",\"reason\":\"终止决定正确\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.terminationGround").value("FRAUD"))
                .andExpect(jsonPath("$.allowedActions").isEmpty());

        // Aid before the decision, then refused: the case ended with the application; the objection goes there.
        String app = application(kaifu, KAIFU, "2026-12-01");
        String pre = read(postJson(kaifu, API + "/applications/" + app + "/pre-provision", "{\"ground\":\"LIMITATION_NEAR\",\"providedOn\":\"2026-12-01\"}")
                .andExpect(status().isOk()), "$.caseId");
        postJson(kaifu, API + "/applications/" + app + "/decision", "{\"granted\":false,\"reason\":\"不符合条件\",\"decidedOn\":\"2026-12-02\"}")
                .andExpect(status().isOk());
        getJson(kaifu, API + "/cases/" + pre).andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.allowedActions").isEmpty());
        postJson(kaifu, API + "/cases/" + pre + "/objection", "{\"reason\":\"异议\"}").andExpect(status().isConflict());
    }

    @Test
    void aClosedCaseKeepsItsDocumentsAndTheSubsidyOfItsProvincesStandard() throws Exception {
        String c = caseInService(kaifu, KAIFU);
        postJson(kaifu, API + "/cases/" + c + "/close", """
                {"result":"调解结案","recoveredAmount":38600,"closedOn":"2026-12-04",
                 "documents":[{"type":"CLOSING_REPORT","name":"法律援助案件结案报告"},{"type":"MEDIATION_AGREEMENT","name":"调解协议书"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closingDocuments.length()").value(2))
                .andExpect(jsonPath("$.closingDocuments[0].typeLabel").value("结案报告"))
                .andExpect(jsonPath("$.closingDocuments[1].name").value("调解协议书"))
                // 开福 lies in 湖南: the province's standard for civil agency.
                .andExpect(jsonPath("$.subsidyAmount").value(2500.00))
                .andExpect(jsonPath("$.subsidyBasis").value(containsString("湖南省")))
                .andExpect(jsonPath("$.history[-1].comment").value(containsString("结案材料 2 份")));
        // 缙云 lies in 浙江, which has no standard of its own here: the platform default.
        String z = caseInService(jinyun, JINYUN);
        postJson(jinyun, API + "/cases/" + z + "/close", "{\"result\":\"判决支持\",\"closedOn\":\"2026-12-04\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subsidyAmount").value(1800.00))
                .andExpect(jsonPath("$.subsidyBasis").value(containsString("平台默认标准")))
                .andExpect(jsonPath("$.closingDocuments").isEmpty());
        getJson(kaifu, API + "/subsidy-standards").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.provinceCode == '430000' && @.category == 'CIVIL')].amount").value(2500.00));
        getJson(jinyun, API + "/subsidy-standards").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.provinceCode == '430000')]").isEmpty());
    }

    @Test
    void badClosingDocumentsAreRefusedAndTheCaseStaysOpen() throws Exception {
        String c = caseInService(kaifu, KAIFU);
        postJson(kaifu, API + "/cases/" + c + "/close", "{\"result\":\"结案\",\"documents\":[{\"type\":\"NOTE\",\"name\":\"x\"}]}")
                .andExpect(status().isBadRequest());
        postJson(kaifu, API + "/cases/" + c + "/close", "{\"result\":\"结案\",\"documents\":[{\"type\":\"CLOSING_REPORT\",\"name\":\" \"}]}")
                .andExpect(status().isBadRequest());
        postJson(kaifu, API + "/cases/" + c + "/close", "{\"result\":\"结案\",\"documents\":[{\"type\":\"CLOSING_REPORT\",\"name\":\"报告\",\"pages\":3}]}")
                .andExpect(status().isBadRequest());
        getJson(kaifu, API + "/cases/" + c).andExpect(jsonPath("$.status").value("IN_SERVICE"))
                .andExpect(jsonPath("$.closingDocuments").isEmpty());
    }
}
