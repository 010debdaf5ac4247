package cn.sifa.mediation.dispute;

import static cn.sifa.mediation.testing.MediationApi.CASES;
import static cn.sifa.mediation.testing.MediationApi.KAIFU_CLIENT;
import static cn.sifa.mediation.testing.MediationApi.KAIFU_STAFF;
import static cn.sifa.mediation.testing.MediationApi.VALID_ID;
import static cn.sifa.mediation.testing.MediationApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/** Every outcome of the workflow, end to end through REST. */
class CaseWorkflowApiTest extends MediationApiTest {

    @Autowired
    org.springframework.context.ApplicationContext context;

    MediationApi api;
    UUID mediator;

    /**
     * The standalone gateway hosts every service in one context: bean names must not collide across services, so
     * the module names its beans and repositories by their fully qualified class names, none by hand.
     */
    @Test
    void beansAndRepositoriesCarryFullyQualifiedNames() {
        assertThat(context.containsBean("cn.sifa.mediation.committee.Committees")).isTrue();
        assertThat(context.containsBean("cn.sifa.mediation.dispute.CaseController")).isTrue();
        assertThat(context.containsBean("cn.sifa.mediation.statistics.StatisticsController")).isTrue();
        assertThat(context.containsBean("committees")).isFalse();
        assertThat(context.containsBean("statisticsController")).isFalse();
        assertThat(context.containsBean("caseController")).isFalse();
    }

    @Test
    void theCodeTablesHaveChineseLabels() throws Exception {
        api.fetch(KAIFU_CLIENT, "/api/core/v1/dictionaries/DisputeType").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code=='MEDICAL')].label").value(contains("医疗纠纷")));
        api.fetch(KAIFU_CLIENT, "/api/core/v1/dictionaries/CaseSource").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code=='COURT_REFERRAL')].label").value(contains("法院委派(诉前调解)")));
        api.fetch(KAIFU_CLIENT, "/api/core/v1/dictionaries/MediationCaseStatus").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code=='AGREEMENT_REACHED')].label").value(contains("调解成功")));
    }

    @BeforeEach
    void setUp() {
        api = new MediationApi(mvc, jdbc);
        api.ensureBureau("430105", "长沙市开福区司法局", "开福");
        mediator = api.ensureMediator("430105", "王调解员");
    }

    String register(String receivedOn) throws Exception {
        MvcResult created = api.send(KAIFU_STAFF, CASES, MediationApi.newCase(receivedOn))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.caseNo").value(matchesPattern("开福调〔2026〕\\d+号")))
                .andExpect(jsonPath("$.divisionCode").value("430105"))
                .andExpect(jsonPath("$.allowedActions", contains("accept", "decline")))
                .andExpect(jsonPath("$.deadlines", empty()))
                .andReturn();
        String id = read(created, "$.id");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo(CASES + "/" + id);
        return CASES + "/" + id;
    }

    void accept(String path, String on) throws Exception {
        api.send(KAIFU_STAFF, path + "/accept", """
                {"acceptedOn":"%s","mediatorIds":["%s"],"difficulty":"DIFFICULT"}""".formatted(on, mediator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.mediators[0].name").value("王调解员"))
                .andExpect(jsonPath("$.deadlines[0].kind").value("MEDIATION_TIME_LIMIT"));
    }

    void session(String path, String on) throws Exception {
        api.send(KAIFU_STAFF, path + "/sessions", """
                {"heldOn":"%s","place":"东风路街道调解室","notes":"双方陈述事实,调解员释法说理",
                 "attendees":[{"name":"赵村主任","kind":"INVITED","relation":"村委会主任"}],"inviteesConsented":true}""".formatted(on))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MEDIATING"))
                .andExpect(jsonPath("$.sessions[0].attendees[0].kindLabel").value("受邀参与人员"));
    }

    @Test
    void aWrittenAgreementIsConfirmedPerformedVisitedAndArchived() throws Exception {
        String path = register("2026-09-01");
        accept(path, "2026-09-02");
        session(path, "2026-09-03");
        api.send(KAIFU_STAFF, path + "/agreement", """
                {"form":"WRITTEN","terms":"被申请人一次性赔偿申请人8000元","amount":8000,"effectiveOn":"2026-09-10","performBy":"2026-09-30"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AGREEMENT_REACHED"))
                .andExpect(jsonPath("$.agreement.amount").value(8000))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='MEDIATION_TIME_LIMIT')].metOn").value(contains("2026-09-10")))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='JUDICIAL_CONFIRMATION_APPLICATION')].basis")
                        .value(contains(matchesPattern(".*人民调解法》第三十三条.*"))))
                .andExpect(jsonPath("$.allowedActions", contains("performance", "judicial-confirmation", "follow-ups", "archive")));
        api.send(KAIFU_STAFF, path + "/judicial-confirmation", """
                {"appliedOn":"2026-09-15","court":"长沙市开福区人民法院"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.judicialConfirmation.result").doesNotExist())
                .andExpect(jsonPath("$.deadlines[?(@.kind=='JUDICIAL_CONFIRMATION_APPLICATION')].metOn").value(contains("2026-09-15")))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='JUDICIAL_CONFIRMATION_DECISION')].dueDate").value(contains("2026-10-15")))
                .andExpect(jsonPath("$.allowedActions", contains("performance", "judicial-confirmation", "follow-ups")));
        api.send(KAIFU_STAFF, path + "/judicial-confirmation", """
                {"result":"CONFIRMED","decidedOn":"2026-09-30"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.judicialConfirmation.result").value("CONFIRMED"))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='JUDICIAL_CONFIRMATION_DECISION')].metOn").value(contains("2026-09-30")));
        api.send(KAIFU_STAFF, path + "/performance", """
                {"result":"PERFORMED","checkedOn":"2026-10-12","note":"赔偿款已付清"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.performance.result").value("PERFORMED"));
        api.send(KAIFU_STAFF, path + "/follow-ups", """
                {"visitedOn":"2026-10-20","method":"PHONE","visitor":"王调解员","notes":"协议已履行,双方关系缓和","satisfied":true}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.followUps[0].method").value("PHONE"));
        MvcResult archived = api.send(KAIFU_STAFF, path + "/archive", "{\"archivedOn\":\"2026-11-01\",\"note\":\"卷宗齐全\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ARCHIVED"))
                .andExpect(jsonPath("$.allowedActions", empty()))
                .andExpect(jsonPath("$.overdue").value(false))
                .andReturn();
        Integer version = read(archived, "$.version");
        assertThat(archived.getResponse().getHeader("ETag")).isEqualTo("\"" + version + "\"");

        MvcResult history = api.fetch(KAIFU_STAFF, path + "/history").andExpect(status().isOk()).andReturn();
        List<String> actions = read(history, "$[*].action");
        assertThat(actions).containsExactly("register", "accept", "sessions", "agreement", "judicial-confirmation",
                "judicial-confirmation", "performance", "follow-ups", "archive");
        List<String> toStates = read(history, "$[*].toState");
        assertThat(toStates).startsWith("REGISTERED", "ACCEPTED", "MEDIATING", "AGREEMENT_REACHED").endsWith("ARCHIVED");
        // Envers keeps every version of the aggregate.
        UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select count(*) from med_case_aud where id = ?", Integer.class, id)).isEqualTo(9);
        assertThat(jdbc.queryForObject("select count(*) from med_case_session_aud s where s.case_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void anOralAgreementGoesStraightToArchiveWithoutAConfirmationPeriod() throws Exception {
        String path = register("2026-10-09");
        accept(path, "2026-10-09");
        session(path, "2026-10-12");
        api.send(KAIFU_STAFF, path + "/agreement", """
                {"form":"ORAL","terms":"双方互谅互让,不再追究","effectiveOn":"2026-10-12"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.kind=='JUDICIAL_CONFIRMATION_APPLICATION')]", empty()))
                .andExpect(jsonPath("$.allowedActions", contains("performance", "follow-ups", "archive")));
        api.send(KAIFU_STAFF, path + "/archive", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ARCHIVED"));
    }

    @Test
    void aFailedMediationTellsTheRoutesAndIsArchived() throws Exception {
        String path = register("2026-10-09");
        accept(path, "2026-10-10");
        session(path, "2026-10-13");
        api.send(KAIFU_STAFF, path + "/fail", """
                {"failedOn":"2026-10-20","reason":"双方分歧较大,未能达成协议","routes":["LITIGATION","ARBITRATION"]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.failure.routes", contains("LITIGATION", "ARBITRATION")))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='MEDIATION_TIME_LIMIT')].status").value(contains("MET")))
                .andExpect(jsonPath("$.allowedActions", contains("archive")));
        api.send(KAIFU_STAFF, path + "/archive", "{}").andExpect(jsonPath("$.status").value("ARCHIVED"));
    }

    @Test
    void aPartysRefusalDeclinesTheCase() throws Exception {
        String path = register("2026-11-02");
        api.send(KAIFU_STAFF, path + "/decline", """
                {"declinedOn":"2026-11-03","reasonCode":"PARTY_REFUSED","reason":"被申请人明确表示拒绝调解","routes":["LITIGATION"]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"))
                .andExpect(jsonPath("$.decline.reasonCode").value("PARTY_REFUSED"))
                .andExpect(jsonPath("$.deadlines", empty()))
                .andExpect(jsonPath("$.allowedActions", contains("archive")));
        api.send(KAIFU_STAFF, path + "/archive", "{}").andExpect(jsonPath("$.status").value("ARCHIVED"));
    }

    @Test
    void anEscalationRiskIsReportedToThePoliceDuringMediation() throws Exception {
        String path = register("2026-11-02");
        accept(path, "2026-11-02");
        api.send(KAIFU_STAFF, path + "/escalation-reports", """
                {"reportedOn":"2026-11-03","policeStation":"开福区公安分局东风路派出所","measures":"分别稳控双方情绪"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.escalation.risk").value(true))
                .andExpect(jsonPath("$.escalation.policeStation").value("开福区公安分局东风路派出所"));
    }

    @Test
    void mediationStaffSeeTheFullIdNumberAndTheReadIsAuditedWhileClientsSeeItMasked() throws Exception {
        String path = register("2026-11-02");
        String id = path.substring(path.lastIndexOf('/') + 1);
        int before = jdbc.queryForObject("select count(*) from core_audit_event where target_id = ?", Integer.class, id);
        api.fetch(KAIFU_STAFF, path).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.parties[0].idNumber").value(VALID_ID));
        assertThat(jdbc.queryForObject("select count(*) from core_audit_event where target_id = ?", Integer.class, id)).isEqualTo(before + 1);
        api.fetch(KAIFU_CLIENT, path).andExpect(status().isOk())
                .andExpect(jsonPath("$.parties[0].idNumber").value("110105********002X"));
        api.fetch(KAIFU_STAFF, CASES + "?q=张三&size=200").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].parties[0].idNumber").value("110105********002X"));
        assertThat(jdbc.queryForObject("select count(*) from core_audit_event where target_id = ?", Integer.class, id)).isEqualTo(before + 1);
    }

    @Test
    void phonesAreMaskedInListsAndExportsAndShownInFullOnlyToMediationStaffWithTheReadAudited() throws Exception {
        String path = register("2026-11-02");
        String id = path.substring(path.lastIndexOf('/') + 1);
        api.fetch(KAIFU_STAFF, path).andExpect(status().isOk())
                .andExpect(jsonPath("$.parties[0].phone").value("13800000000"));
        assertThat(jdbc.queryForObject("select action from core_audit_event where target_id = ? order by occurred_at desc limit 1",
                String.class, id)).isEqualTo("read-full-id-number");
        api.fetch(KAIFU_CLIENT, path).andExpect(status().isOk())
                .andExpect(jsonPath("$.parties[0].phone").value("138****0000"));
        api.fetch(cn.sifa.core.testing.TestCallers.staff("430105", cn.sifa.core.security.Role.AUDITOR), path).andExpect(status().isOk())
                .andExpect(jsonPath("$.parties[0].phone").value("138****0000"))
                .andExpect(jsonPath("$.parties[0].idNumber").value("110105********002X"));
        api.fetch(KAIFU_STAFF, CASES + "?q=张三&size=200").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].parties[0].phone").value("138****0000"));
        String csv = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(CASES + "?q=张三")
                        .header("Accept", "text/csv").with(MediationApi.as(KAIFU_STAFF))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("张三").doesNotContain("13800000000").doesNotContain(VALID_ID);
    }
}
