package cn.sifa.correction.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.correction.CorrectionApiTest;

class SubjectWorkflowApiTest extends CorrectionApiTest {

    private static final LocalDate ADULT = LocalDate.of(1990, 3, 1);

    /** 缓刑 from intake to discharge on the term's last day, which is a 国庆 holiday and is not rolled. */
    @Test
    void probationFromIntakeToDischargeOnTheExpiryDay() throws Exception {
        clock.setToday(LocalDate.of(2026, 9, 22));
        String id = idNumber("main", ADULT);
        // Judgment effective Mon 21 Sep: 10 days end on Thu 1 Oct (国庆, 1–7 Oct off) → Thu 8 Oct.
        var created = postJson(staff, API + "/subjects", intake("PROBATION", "", LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 3), id))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location")).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("AWAITING_REPORT"))
                .andExpect(jsonPath("$.deadlines[0].kind").value("REPORT_IN"))
                .andExpect(jsonPath("$.deadlines[0].dueDate").value("2026-10-08"))
                .andExpect(jsonPath("$.deadlines[0].basis").value(org.hamcrest.Matchers.containsString("第二十一条")))
                .andExpect(jsonPath("$.idNumber").value(id))
                .andExpect(jsonPath("$.allowedActions[0]").value("report-in"));
        String subject = read(created, "$.id");
        String path = API + "/subjects/" + subject;

        postJson(staff, path + "/report-in", "{\"reportedOn\":\"2026-09-22\",\"announcedOn\":\"2026-09-22\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='REPORT_IN')].status").value(hasItem("MET")));
        // Under correction only with a team and a plan.
        postJson(staff, path + "/supervision-level", "{\"level\":\"NORMAL\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("team")));
        postJson(staff, path + "/team", "{\"members\":\"王所长、李社工\",\"includesWoman\":false}").andExpect(status().isOk());
        postJson(staff, path + "/plan", "{\"plan\":\"每月报告\"}").andExpect(status().isOk());
        postJson(staff, path + "/supervision-level", "{\"level\":\"NORMAL\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_CORRECTION"))
                // The term's end is an expiry: Sat 3 Oct 2026 (国庆) stays 3 Oct.
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_TERM_END')].dueDate").value(hasItem("2026-10-03")))
                // Monthly report from 22 Sep: 22 Oct.
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_REPORT_NORMAL')].dueDate").value(hasItem("2026-10-22")));

        // Discharge preparation no earlier than 30 days before the end; then discharge on the day.
        postJson(staff, path + "/discharge-preparation", "{\"selfSummary\":\"遵纪守法\",\"appraisal\":\"表现良好\",\"preparedOn\":\"2026-09-02\"}")
                .andExpect(status().isBadRequest());
        postJson(staff, path + "/end", "{\"type\":\"DISCHARGED_EXPIRY\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/invalid-transition"));
        postJson(staff, path + "/discharge-preparation", "{\"selfSummary\":\"遵纪守法\",\"appraisal\":\"表现良好\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISCHARGE_PENDING"));
        postJson(staff, path + "/end", "{\"type\":\"DISCHARGED_EXPIRY\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("before-term-end"));
        clock.setToday(LocalDate.of(2026, 10, 3));
        postJson(staff, path + "/end", "{\"type\":\"DISCHARGED_EXPIRY\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISCHARGED"))
                .andExpect(jsonPath("$.endType").value("DISCHARGED_EXPIRY"))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_TERM_END')].status").value(hasItem("MET")))
                .andExpect(jsonPath("$.allowedActions").isEmpty());
        assertThat(count("core_transition", "record_id = ?::uuid", subject)).isEqualTo(7);
    }

    @Test
    void aFemaleSubjectsTeamIncludesAWoman() throws Exception {
        String json = intake("PROBATION", "", today().minusDays(3), today().plusYears(1), idNumber("female", ADULT)).replace("\"MALE\"", "\"FEMALE\"");
        String path = API + "/subjects/" + create(staff, json);
        postJson(staff, path + "/report-in", "{}").andExpect(status().isOk());
        postJson(staff, path + "/team", "{\"members\":\"王所长、李社工\",\"includesWoman\":false}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("team-needs-woman"));
    }

    @Test
    void sanctionsSuggestTheNextStepAndARevocationProposalStartsTheCourtsThirtyDays() throws Exception {
        String path = underCorrection("PROBATION", "", idNumber("sanction", ADULT));
        String measure = "{\"measure\":\"%s\",\"facts\":\"未按时报告\",\"decidedOn\":\"%s\"}";
        postJson(staff, path + "/measures", measure.formatted("ADMONITION", today().minusDays(2))).andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestion").doesNotExist());
        postJson(staff, path + "/measures", measure.formatted("ADMONITION", today().minusDays(1))).andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestion.measure").value("WARNING"));
        postJson(staff, path + "/measures", measure.formatted("WARNING", today().minusDays(1))).andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestion").doesNotExist());
        postJson(staff, path + "/measures", measure.formatted("WARNING", today())).andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestion.measure").value("PROPOSE_REVOKE_PROBATION"))
                .andExpect(jsonPath("$.measures.length()").value(4));
        // A parole measure does not fit a probation subject.
        postJson(staff, path + "/measures", measure.formatted("PROPOSE_REVOKE_PAROLE", today())).andExpect(status().isBadRequest());
        // Fri 4 Dec + 30 days = Sun 3 Jan 2027 → Mon 4 Jan 2027 (元旦 on Fri 1 Jan).
        postJson(staff, path + "/measures", measure.formatted("PROPOSE_REVOKE_PROBATION", today())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOCATION_PROPOSED"))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_REVOCATION_DECISION')].dueDate").value(hasItem("2027-01-04")));
        postJson(staff, path + "/measures", measure.formatted("PROPOSE_ARREST", today())).andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_ARREST_DECISION')].dueDate").value(hasItem("2026-12-06")));
        // A revocation states its legal ground; a recommitment-only ground does not fit a probation.
        postJson(staff, path + "/end", "{\"type\":\"TERMINATED_PROBATION_REVOKED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("terminationGround"))
                .andExpect(jsonPath("$.errors[0].code").value("required"));
        postJson(staff, path + "/end", "{\"type\":\"TERMINATED_PROBATION_REVOKED\",\"terminationGround\":\"TEMP_OUTSIDE_CONDITION_ENDED\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("not-applicable"));
        long reoffended = statistic("reoffendedDuringCorrection");
        postJson(staff, path + "/end", "{\"type\":\"TERMINATED_PROBATION_REVOKED\",\"terminationGround\":\"NEW_CRIME\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.terminationGround").value("NEW_CRIME"))
                .andExpect(result -> assertThat(statistic("reoffendedDuringCorrection")).isEqualTo(reoffended + 1))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_REVOCATION_DECISION')].status").value(hasItem("MET")));
    }

    @Test
    void aNewCrimeDuringCorrectionCountsInTheRecidivismRateAndOtherEndingsTakeNoGround() throws Exception {
        String path = underCorrection("PROBATION", "", idNumber("reoffence", ADULT));
        postJson(staff, path + "/end", "{\"type\":\"TERMINATED_DEATH\",\"terminationGround\":\"NEW_CRIME\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("terminationGround"));
        postJson(staff, path + "/measures", "{\"measure\":\"PROPOSE_REVOKE_PROBATION\",\"facts\":\"涉嫌盗窃被刑事拘留\"}")
                .andExpect(status().isOk());
        long before = statistic("reoffendedDuringCorrection");
        long denominator = statistic("recidivismRate.denominator");
        postJson(staff, path + "/end", "{\"type\":\"TERMINATED_PROBATION_REVOKED\",\"terminationGround\":\"NEW_CRIME\"}")
                .andExpect(status().isOk());
        assertThat(statistic("reoffendedDuringCorrection")).isEqualTo(before + 1);
        assertThat(statistic("recidivismRate.numerator")).isEqualTo(before + 1);
        // The subject was in the register during the period, so the denominator is unchanged by the ending.
        assertThat(statistic("recidivismRate.denominator")).isEqualTo(denominator);
        // Another division's figures do not see it.
        getJson(jinyunStaff, API + "/statistics").andExpect(jsonPath("$.reoffendedDuringCorrection").value(0));
    }

    private long statistic(String path) throws Exception {
        return ((Number) com.jayway.jsonpath.JsonPath.read(getJson(staff, API + "/statistics").andReturn().getResponse()
                .getContentAsString(), "$." + path)).longValue();
    }

    @Test
    void lostContactForMoreThanTenDaysSuggestsAWarning() throws Exception {
        String path = underCorrection("PAROLE", "", idNumber("lost", ADULT));
        postJson(staff, path + "/lost-contact", "{\"since\":\"" + today().minusDays(11) + "\",\"search\":\"联系家属\"}")
                .andExpect(status().isBadRequest()); // before the report-in
        postJson(staff, path + "/lost-contact", "{\"since\":\"" + today() + "\",\"search\":\"联系家属\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LOST_CONTACT")).andExpect(jsonPath("$.suggestion").doesNotExist());
        clock.setToday(today().plusDays(11));
        getJson(staff, path).andExpect(jsonPath("$.suggestion.measure").value("WARNING"));
        clock.setToday(LocalDate.of(2027, 1, 5));
        getJson(staff, path).andExpect(jsonPath("$.suggestion.measure").value("PROPOSE_REVOKE_PAROLE"));
        postJson(staff, path + "/found", "{\"finding\":\"在外地务工\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_CORRECTION"));
    }

    @Test
    void medicalParoleHasMonthlyHealthReportsAndQuarterlyRechecks() throws Exception {
        String path = underCorrection("TEMP_OUTSIDE_PRISON", "\"tempOutsideReason\":\"MEDICAL_PAROLE\",", idNumber("medical", ADULT));
        getJson(staff, path)
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_HANDOVER')].status").value(hasItem("MET")))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_HEALTH_REPORT')].dueDate").value(hasItem("2027-01-04")))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_MEDICAL_RECHECK')].dueDate").value(hasItem("2027-03-04")));
        postJson(staff, path + "/check-ins", "{\"type\":\"HEALTH_REPORT\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.kind=='CORRECTION_HEALTH_REPORT')].status").value(hasItem("MET")));
        postJson(staff, path + "/measures", "{\"measure\":\"PROPOSE_REVOKE_PROBATION\",\"facts\":\"x\"}").andExpect(status().isBadRequest());
    }

    /** The reports are records of their own: listed per subject, newest first, paged, by type; another county sees none. */
    @Test
    void aSubjectsCheckInsAreListedNewestFirst() throws Exception {
        String path = underCorrection("TEMP_OUTSIDE_PRISON", "\"tempOutsideReason\":\"MEDICAL_PAROLE\",", idNumber("check-list", ADULT));
        String yesterday = today().minusDays(1).toString();
        postJson(staff, path + "/check-ins", "{\"checkedInOn\":\"" + yesterday + "\",\"note\":\" 电话报告,工作生活正常 \"}").andExpect(status().isOk());
        postJson(staff, path + "/check-ins", "{\"type\":\"HEALTH_REPORT\"}").andExpect(status().isOk());
        postJson(staff, path + "/check-ins", "{\"checkedInOn\":\"" + today().plusDays(1) + "\"}").andExpect(status().isBadRequest());
        getJson(staff, path + "/check-ins").andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].type").value("HEALTH_REPORT"))
                .andExpect(jsonPath("$.content[0].typeLabel").value("病情报告"))
                .andExpect(jsonPath("$.content[0].checkedInOn").value(today().toString()))
                .andExpect(jsonPath("$.content[1].type").value("REGULAR"))
                .andExpect(jsonPath("$.content[1].checkedInOn").value(yesterday))
                .andExpect(jsonPath("$.content[1].note").value("电话报告,工作生活正常"))
                .andExpect(jsonPath("$.content[1].createdBy").isNotEmpty());
        getJson(staff, path + "/check-ins?size=1").andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.page.totalElements").value(2));
        getJson(staff, path + "/check-ins?type=REGULAR").andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].type").value("REGULAR"));
        getJson(staff, path + "/check-ins?from=" + today()).andExpect(jsonPath("$.content.length()").value(1));
        getJson(staff, path + "/check-ins?sort=note,asc").andExpect(status().isBadRequest());
        getJson(staff, path).andExpect(jsonPath("$.lastCheckInOn").value(yesterday))
                .andExpect(jsonPath("$.history[?(@.action=='check-ins')].comment").value(hasItem("定期报告:电话报告,工作生活正常")));
        getJson(jinyunStaff, path + "/check-ins").andExpect(status().isNotFound());
        getJson(leader, path + "/check-ins").andExpect(status().isOk()).andExpect(jsonPath("$.content.length()").value(2));
    }

    @Test
    void illegalStepsAnswer409AndAStaleEtag412() throws Exception {
        String path = API + "/subjects/" + create(staff, intake("CONTROL", "", today().minusDays(1), today().plusYears(1), idNumber("illegal", ADULT)));
        postJson(staff, path + "/check-ins", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("AWAITING_REPORT"))
                .andExpect(jsonPath("$.allowedActions").value(hasItem("report-in")));
        postJson(staff, path + "/found", "{\"finding\":\"x\"}").andExpect(status().isConflict());
        postJson(staff, path + "/report-in", "\"0\"", "{}").andExpect(status().isOk());
        postJson(staff, path + "/team", "\"0\"", "{\"members\":\"王\",\"includesWoman\":true}").andExpect(status().isPreconditionFailed());
        assertThat(count("core_transition", "record_id = ?::uuid and action = 'team'", path.substring(path.lastIndexOf('/') + 1))).isZero();
    }

    @Test
    void badInputIs400AndWritesNothing() throws Exception {
        long before = count("cr_subject", "true");
        String good = intake("PROBATION", "", today().minusDays(1), today().plusYears(1), idNumber("bad", ADULT));
        postJson(staff, API + "/subjects", good.replace(idNumber("bad", ADULT), "430105199001011230")).andExpect(status().isBadRequest());
        postJson(staff, API + "/subjects", good.replace("\"PROBATION\"", "\"DEPRIVATION\"")).andExpect(status().isBadRequest());
        postJson(staff, API + "/subjects", good.replace("\"crime\"", "\"nickname\":\"x\",\"crime\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nickname"));
        postJson(staff, API + "/subjects", intake("PROBATION", "", today().minusDays(1), today().minusDays(5), idNumber("bad", ADULT)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("date-order"));
        postJson(staff, API + "/subjects", intake("TEMP_OUTSIDE_PRISON", "", today().minusDays(1), today().plusYears(1), idNumber("bad", ADULT)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("tempOutsideReason"));
        postJson(staff, API + "/subjects", "{\"person\":").andExpect(status().isBadRequest());
        assertThat(count("cr_subject", "true")).isEqualTo(before);
    }

    @Test
    void anotherDivisionNeitherSeesNorCountsTheRecord() throws Exception {
        String id = create(staff, intake("PROBATION", "", today().minusDays(1), today().plusYears(1), idNumber("iso", ADULT)));
        getJson(jinyunStaff, API + "/subjects/" + id).andExpect(status().isNotFound());
        postJson(jinyunStaff, API + "/subjects/" + id + "/report-in", "{}").andExpect(status().isNotFound());
        getJson(jinyunStaff, API + "/subjects?size=200").andExpect(jsonPath("$.content[*].id").value(not(hasItem(id))));
        postJson(staff, API + "/subjects/" + id + "/report-in", "{}").andExpect(status().isOk());
        getJson(jinyunStaff, API + "/statistics").andExpect(jsonPath("$.intake").value(0));
        assertThat(((Number) read(getJson(staff, API + "/statistics"), "$.intake")).longValue()).isPositive();
    }

    @Test
    void listsMaskIdentityAndEveryFullReadIsAudited() throws Exception {
        String number = idNumber("mask", ADULT);
        String id = create(staff, intake("PROBATION", "", today().minusDays(1), today().plusYears(1), number));
        getJson(staff, API + "/subjects?size=200&mine=true")
                .andExpect(jsonPath("$.content[?(@.id=='" + id + "')].idNumber").value(hasItem(number.substring(0, 6) + "********" + number.substring(14))))
                .andExpect(jsonPath("$.content[?(@.id=='" + id + "')].phone").value(hasItem("138****8000")));
        long reads = count("core_audit_event", "action = 'correction.full-read' and target_id = ?", id);
        getJson(staff, API + "/subjects/" + id).andExpect(jsonPath("$.idNumber").value(number)).andExpect(jsonPath("$.identityShown").value(true));
        assertThat(count("core_audit_event", "action = 'correction.full-read' and target_id = ?", id)).isEqualTo(reads + 1);
        // A bureau leader reads the file masked, and that read is not a full read.
        getJson(leader, API + "/subjects/" + id).andExpect(jsonPath("$.idNumber").value(org.hamcrest.Matchers.containsString("*")))
                .andExpect(jsonPath("$.phone").value("138****8000"));
        assertThat(count("core_audit_event", "action = 'correction.full-read' and target_id = ?", id)).isEqualTo(reads + 1);
        // An auditor lists the reads.
        SifaPrincipal auditor = TestCallers.staff(KAIFU, Role.AUDITOR);
        getJson(auditor, "/api/core/v1/audit-events?action=correction.full-read&targetId=" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].targetId").value(id));
    }

    @Test
    void aMinorsIdentityIsMaskedWithoutTheExplicitPermission() throws Exception {
        String number = idNumber("minor", LocalDate.of(2010, 5, 1));
        String id = create(staff, intake("PROBATION", "", today().minusDays(1), today().plusYears(1), number));
        getJson(staff, API + "/subjects/" + id).andExpect(jsonPath("$.minor").value(true))
                .andExpect(jsonPath("$.personName").value("李*")).andExpect(jsonPath("$.identityShown").value(false))
                .andExpect(jsonPath("$.idNumber").value(org.hamcrest.Matchers.containsString("*")));
        SifaPrincipal permitted = new SifaPrincipal("minors-officer", SifaPrincipal.Kind.STAFF, "未成年人矫正专员", KAIFU, null,
                java.util.Set.of(Role.CORRECTION_STAFF), java.util.Set.of("core.read", "correction.read", "correction.write", Identity.MINORS_SCOPE));
        getJson(permitted, API + "/subjects/" + id).andExpect(jsonPath("$.personName").value("李明")).andExpect(jsonPath("$.idNumber").value(number));
        // Minors never appear in an export.
        String csv = perform(staff, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(API + "/subjects").accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain(number.substring(0, 6) + "********" + number.substring(14));
    }

    @Test
    void aRetriedIntakeWithTheSameKeyCreatesOneRecord() throws Exception {
        String json = intake("PROBATION", "", today().minusDays(1), today().plusYears(1), idNumber("retry", ADULT));
        var first = perform(staff, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(API + "/subjects")
                .contentType("application/json").content(json).header("Idempotency-Key", "cr-retry-1")).andExpect(status().isCreated());
        perform(staff, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(API + "/subjects")
                .contentType("application/json").content(json).header("Idempotency-Key", "cr-retry-1"))
                .andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Location", first.andReturn().getResponse().getHeader("Location")));
        assertThat(count("cr_subject", "id_number = ?", idNumber("retry", ADULT))).isEqualTo(1);
    }

    @Test
    void alertsShowMissedReportsAndLostContactWithinTheDivisionOnly() throws Exception {
        // Effective 20 days ago and never reported: 漏管.
        String missed = create(staff, intake("PROBATION", "", today().minusDays(20), today().plusYears(1), idNumber("alert-missed", ADULT)));
        String path = underCorrection("PAROLE", "", idNumber("alert-lost", ADULT));
        String lost = path.substring(path.lastIndexOf('/') + 1);
        postJson(staff, path + "/lost-contact", "{\"since\":\"" + today() + "\",\"search\":\"联系家属\"}").andExpect(status().isOk());
        getJson(staff, API + "/alerts").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.type=='MISSED_REPORT_IN')].subjectId").value(hasItem(missed)))
                .andExpect(jsonPath("$[?(@.type=='LOST_CONTACT')].subjectId").value(hasItem(lost)));
        getJson(staff, API + "/alerts?type=LOST_CONTACT").andExpect(jsonPath("$[*].type").value(not(hasItem("MISSED_REPORT_IN"))));
        getJson(jinyunStaff, API + "/alerts").andExpect(jsonPath("$[*].subjectId").value(not(hasItem(missed))))
                .andExpect(jsonPath("$[*].subjectId").value(not(hasItem(lost))));
        getJson(staff, API + "/statistics").andExpect(jsonPath("$.lostContact").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }
}
