package cn.sifa.legalaid.aidcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.legalaid.LegalAidApiTest;

/** 利益冲突审查 before an assignment: legal-aid clients and opponents of the provider and the firm, mediation parties. */
class ConflictCheckApiTest extends LegalAidApiTest {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String firm = "冲突测试律师事务所" + tag;

    /** A granted application of a named applicant with these opponents. @return the case id */
    private String caseOf(SifaPrincipal who, String county, String name, String idNumber, String opponentsJson) throws Exception {
        String json = applicationJson(county, "2026-12-01", opponentsJson == null ? null : "\"opponents\":" + opponentsJson)
                .replaceFirst("\"name\":\"王某\\d+\",\"idNumber\":\"[^\"]+\"", "\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber + "\"");
        String id = read(postJson(who, API + "/applications", json).andExpect(status().isCreated()), "$.id");
        return read(postJson(who, API + "/applications/" + id + "/decision", "{\"granted\":true,\"decidedOn\":\"2026-12-02\"}")
                .andExpect(status().isOk()), "$.caseId");
    }

    private void assign(SifaPrincipal who, String caseId, String providerId) throws Exception {
        postJson(who, API + "/cases/" + caseId + "/assign", "{\"providerId\":\"" + providerId + "\",\"assignedOn\":\"2026-12-03\"}")
                .andExpect(status().isOk());
    }

    @Test
    void theOpponentAmongTheProvidersAndTheFirmsClientsMustBeConfirmedBeforeTheAssignmentAndIsRecorded() throws Exception {
        String lawyer = provider(kaifu, "冲突律师甲" + tag, "LAWYER", firm);
        String colleague = provider(kaifu, "冲突律师乙" + tag, "LAWYER", firm);
        String other = provider(kaifu, "冲突律师丙" + tag, "LAWYER", "另一律师事务所" + tag);
        String opponentId = idNumber(KAIFU, 7001);
        // The lawyer already represents 赵某 in another legal-aid case.
        String earlier = caseOf(kaifu, KAIFU, "赵某" + tag, opponentId, null);
        assign(kaifu, earlier, lawyer);
        // 钱某 now applies against 赵某 (with the same ID number) and against a company nobody acts for.
        String current = caseOf(kaifu, KAIFU, "钱某" + tag, idNumber(KAIFU, 7002),
                "[{\"name\":\"赵某" + tag + "\",\"idNumber\":\"" + opponentId + "\"},{\"name\":\"某公司" + tag + "\"}]");
        getJson(kaifu, API + "/cases/" + current).andExpect(jsonPath("$.opponents[0].name").value("赵某" + tag))
                .andExpect(jsonPath("$.opponents[0].idNumber").value(opponentId));

        getJson(kaifu, API + "/cases/" + current + "/conflict-check?providerId=" + lawyer).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings.length()").value(1))
                .andExpect(jsonPath("$.findings[0].source").value("LEGAL_AID"))
                .andExpect(jsonPath("$.findings[0].kind").value("OPPONENT_IS_CLIENT"))
                .andExpect(jsonPath("$.findings[0].matchedBy").value("ID_NUMBER"))
                .andExpect(jsonPath("$.findings[0].recordId").value(earlier))
                .andExpect(jsonPath("$.findings[0].partyIdNumber").value(containsString("****")))
                .andExpect(jsonPath("$.findings[0].viaFirm").value(false));
        // A colleague of the same firm: found through the firm.
        getJson(kaifu, API + "/cases/" + current + "/conflict-check?providerId=" + colleague)
                .andExpect(jsonPath("$.findings.length()").value(1))
                .andExpect(jsonPath("$.findings[0].actingName").value("冲突律师甲" + tag))
                .andExpect(jsonPath("$.findings[0].viaFirm").value(true));
        getJson(kaifu, API + "/cases/" + current + "/conflict-check?providerId=" + other).andExpect(jsonPath("$.findings").isEmpty());

        // Unconfirmed: 400 conflict-unconfirmed with the findings, nothing written.
        long history = count("core_transition", "record_id = ?", UUID.fromString(current));
        postJson(kaifu, API + "/cases/" + current + "/assign", "{\"providerId\":\"" + colleague + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(containsString("conflict-unconfirmed")))
                .andExpect(jsonPath("$.errors[0].code").value("conflict-unconfirmed"))
                .andExpect(jsonPath("$.conflictCheck.findings[0].recordId").value(earlier));
        postJson(kaifu, API + "/cases/" + current + "/assign", "{\"providerId\":\"" + colleague + "\",\"conflictCheck\":{\"confirmed\":false}}")
                .andExpect(status().isBadRequest());
        getJson(kaifu, API + "/cases/" + current).andExpect(jsonPath("$.status").value("AWAITING_ASSIGNMENT"))
                .andExpect(jsonPath("$.conflictCheck").doesNotExist());
        assertThat(count("core_transition", "record_id = ?", UUID.fromString(current))).isEqualTo(history);

        // Confirmed: assigned, and the check is on the case and in its history.
        postJson(kaifu, API + "/cases/" + current + "/assign", "{\"providerId\":\"" + colleague
                + "\",\"conflictCheck\":{\"confirmed\":true,\"note\":\"所内已设立信息隔离,受援人知情同意\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.conflictCheck.findings").value(1))
                .andExpect(jsonPath("$.conflictCheck.confirmedBy").value(kaifu.subject()))
                .andExpect(jsonPath("$.conflictCheck.note").value("所内已设立信息隔离,受援人知情同意"))
                .andExpect(jsonPath("$.history[-1].comment").value(containsString("利益冲突审查发现 1 项线索")));
    }

    @Test
    void aCaseWithoutFindingsIsAssignedWithoutConfirmationAndTheCheckSaysSo() throws Exception {
        String lawyer = provider(kaifu, "无冲突律师" + tag, "LAWYER", firm);
        String c = caseOf(kaifu, KAIFU, "孙某" + tag, idNumber(KAIFU, 7003), "[{\"name\":\"无关公司" + tag + "\"}]");
        postJson(kaifu, API + "/cases/" + c + "/assign", "{\"providerId\":\"" + lawyer + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.conflictCheck.findings").value(0))
                .andExpect(jsonPath("$.conflictCheck.confirmedBy").doesNotExist())
                .andExpect(jsonPath("$.history[-1].comment").value(containsString("利益冲突审查未发现冲突")));
    }

    @Test
    void theApplicantAsTheOpponentOfTheProvidersOtherClientIsFound() throws Exception {
        String lawyer = provider(kaifu, "对方律师" + tag, "LAWYER", firm);
        // The lawyer acts for 周某 against 吴某 (a name only).
        String earlier = caseOf(kaifu, KAIFU, "周某" + tag, idNumber(KAIFU, 7004), "[{\"name\":\"吴某" + tag + "\"}]");
        assign(kaifu, earlier, lawyer);
        // Now 吴某 applies: the same name, no ID number on the other side -> a name match to verify.
        String current = caseOf(kaifu, KAIFU, "吴某" + tag, idNumber(KAIFU, 7005), null);
        getJson(kaifu, API + "/cases/" + current + "/conflict-check?providerId=" + lawyer)
                .andExpect(jsonPath("$.findings.length()").value(1))
                .andExpect(jsonPath("$.findings[0].kind").value("CLIENT_IS_OPPONENT"))
                .andExpect(jsonPath("$.findings[0].matchedBy").value("NAME"))
                .andExpect(jsonPath("$.findings[0].recordId").value(earlier));
    }

    @Test
    void anOpponentWhoWasAPartyOfAMediationWhereTheProviderActedAsAgentIsFound() throws Exception {
        String lawyerName = "调解代理律师" + tag;
        String lawyer = provider(kaifu, lawyerName, "LAWYER", firm);
        UUID mediation = mediationCase(KAIFU, "郑某" + tag, lawyerName);
        UUID elsewhere = mediationCase(JINYUN, "郑某" + tag, lawyerName);
        String c = caseOf(kaifu, KAIFU, "王某" + tag, idNumber(KAIFU, 7006), "[{\"name\":\"郑某" + tag + "\"}]");
        getJson(kaifu, API + "/cases/" + c + "/conflict-check?providerId=" + lawyer)
                .andExpect(jsonPath("$.findings.length()").value(1))
                .andExpect(jsonPath("$.findings[0].source").value("MEDIATION"))
                .andExpect(jsonPath("$.findings[0].kind").value("OPPONENT_IN_MEDIATION"))
                .andExpect(jsonPath("$.findings[0].recordId").value(mediation.toString()))
                .andExpect(jsonPath("$.sourcesChecked", org.hamcrest.Matchers.hasItem("MEDIATION")));
        assertThat(elsewhere).isNotEqualTo(mediation);
    }

    @Test
    void anOpponentWhomAColleagueRepresentsInAReconsiderationIsFound() throws Exception {
        String lawyer = provider(kaifu, "复议律师" + tag, "LAWYER", firm);
        String colleague = "同所律师" + tag;
        provider(kaifu, colleague, "LAWYER", firm);
        UUID reconsideration = reconsideration(KAIFU, "冯某某" + tag, idNumber(KAIFU, 7010), colleague);
        reconsideration(JINYUN, "冯某某" + tag, idNumber(KAIFU, 7010), colleague);
        String c = caseOf(kaifu, KAIFU, "褚某" + tag, idNumber(KAIFU, 7011),
                "[{\"name\":\"冯某某" + tag + "\",\"idNumber\":\"" + idNumber(KAIFU, 7010) + "\"}]");
        getJson(kaifu, API + "/cases/" + c + "/conflict-check?providerId=" + lawyer)
                .andExpect(jsonPath("$.findings.length()").value(1))
                .andExpect(jsonPath("$.findings[0].source").value("RECONSIDERATION"))
                .andExpect(jsonPath("$.findings[0].kind").value("OPPONENT_REPRESENTED_IN_RECONSIDERATION"))
                .andExpect(jsonPath("$.findings[0].matchedBy").value("ID_NUMBER"))
                .andExpect(jsonPath("$.findings[0].viaFirm").value(true))
                .andExpect(jsonPath("$.findings[0].recordId").value(reconsideration.toString()))
                .andExpect(jsonPath("$.sourcesChecked", org.hamcrest.Matchers.hasItem("RECONSIDERATION")));
    }

    @Test
    void anotherCountyNeitherChecksTheCaseNorIsSearched() throws Exception {
        String lawyer = provider(kaifu, "开福律师" + tag, "LAWYER", firm);
        String jinyunLawyer = provider(jinyun, "缙云律师" + tag, "LAWYER", firm);
        // 缙云 has a client named like the 开福 opponent, with a provider of a firm of the same name.
        String jinyunCase = caseOf(jinyun, JINYUN, "冯某" + tag, idNumber(JINYUN, 7007), null);
        assign(jinyun, jinyunCase, jinyunLawyer);
        String c = caseOf(kaifu, KAIFU, "陈某" + tag, idNumber(KAIFU, 7008), "[{\"name\":\"冯某" + tag + "\"}]");
        getJson(kaifu, API + "/cases/" + c + "/conflict-check?providerId=" + lawyer).andExpect(jsonPath("$.findings").isEmpty());
        getJson(jinyun, API + "/cases/" + c + "/conflict-check?providerId=" + jinyunLawyer).andExpect(status().isNotFound());
        getJson(kaifu, API + "/cases/" + c + "/conflict-check?providerId=" + jinyunLawyer).andExpect(status().isNotFound());
        getJson(kaifu, API + "/cases/" + c + "/conflict-check").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("providerId"));
        // another county's case is not found, whatever the request lacks
        getJson(jinyun, API + "/cases/" + c + "/conflict-check").andExpect(status().isNotFound());
        postJson(kaifu, API + "/cases/" + c + "/assign", "{\"providerId\":\"" + lawyer + "\",\"conflictCheck\":{\"confirmed\":true,\"x\":1}}")
                .andExpect(status().isBadRequest());
    }

    /** A mediation case (人民调解) of the county with a party and a session the lawyer attended as an agent. */
    private UUID reconsideration(String county, String applicant, String applicantId, String agent) {
        UUID id = UUID.randomUUID();
        Date on = Date.valueOf(LocalDate.of(2026, 11, 2));
        jdbc.update("""
                insert into rv_reconsideration (id, version, created_at, created_by, updated_at, updated_by, division_code, applicants,
                                                respondent_name, act_category, act_description, knew_on, received_on, requests, channel,
                                                status, last_step_on)
                values (?, 0, now(), 'test', now(), 'test', ?, ?, '某县市场监督管理局', 'PENALTY', '罚款', ?, ?, '撤销处罚决定', 'WRITTEN',
                        'RECEIVED', ?)""", id, county, applicant, on, on, on);
        jdbc.update("""
                insert into rv_party (id, reconsideration_id, sort_order, role, kind, name, id_number, agent_name)
                values (?, ?, 0, 'APPLICANT', 'NATURAL_PERSON', ?, ?, ?)""", UUID.randomUUID(), id, applicant, applicantId, agent);
        return id;
    }

    private UUID mediationCase(String county, String party, String agent) {
        UUID id = UUID.randomUUID();
        Date on = Date.valueOf(LocalDate.of(2026, 11, 2));
        jdbc.update("""
                insert into med_case (id, version, created_at, created_by, updated_at, updated_by, division_code, case_no, source,
                                      dispute_type, difficulty, summary, received_on, status, last_step_on)
                values (?, 0, now(), 'test', now(), 'test', ?, ?, 'PARTY_APPLICATION', 'LABOUR', 'SIMPLE', '劳务费纠纷', ?, 'MEDIATING', ?)""",
                id, county, "调〔2026〕" + tag + id.toString().substring(0, 4), on, on);
        jdbc.update("insert into med_case_party (id, case_id, sort_order, role, kind, name) values (?, ?, 0, 'RESPONDENT', 'PERSON', ?)",
                UUID.randomUUID(), id, party);
        UUID session = UUID.randomUUID();
        jdbc.update("insert into med_case_session (id, case_id, held_on, place, notes) values (?, ?, ?, '调解室', '调解')", session, id, on);
        jdbc.update("insert into med_case_session_attendee (session_id, name, kind, relation) values (?, ?, 'AGENT', '申请人代理人')",
                session, agent);
        return id;
    }

}
