package cn.sifa.mediation.statistics;

import static cn.sifa.mediation.testing.MediationApi.CASES;
import static cn.sifa.mediation.testing.MediationApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/**
 * The monthly aggregate (med_case_month, kept by triggers) gives exactly the figures of the live computation over
 * the cases, for every period of whole months, after every kind of write: cases built and moved through the
 * workflow, an edit of type and source, dates corrected in SQL, a case deleted, follow-ups, and the compaction; and
 * periods whose edge days are parts of months read the months only when no day of their edge months lies outside
 * them. In 宁波 (330212 鄞州, 330213 奉化, 330205 江北) and 洛阳 (410302), which no other test writes to.
 */
class StatisticsAggregateTest extends MediationApiTest {

    static final SifaPrincipal YINZHOU = TestCallers.staff("330212", Role.MEDIATION_STAFF);
    static final SifaPrincipal FENGHUA = TestCallers.staff("330213", Role.MEDIATION_STAFF);
    static final SifaPrincipal NINGBO = TestCallers.staff("330200", Role.MEDIATION_STAFF);
    static final SifaPrincipal JIANGBEI = TestCallers.staff("330205", Role.MEDIATION_STAFF);
    static final SifaPrincipal LAOCHENG = TestCallers.staff("410302", Role.MEDIATION_STAFF);
    static final String[] TYPES = {"MEDICAL", "LABOUR", "NEIGHBOUR", "CONTRACT", "OTHER"};
    static final String[] SOURCES = {"PARTY_APPLICATION", "COURT_REFERRAL", "PETITION_REFERRAL"};

    @Autowired
    MediationStatistics statistics;
    @Autowired
    CaseMonthCompaction compaction;

    MediationApi api;
    final Random rnd = new Random(20261207);

    @Test
    void theMonthlyAggregateGivesTheLiveFiguresAfterEveryKindOfWrite() throws Exception {
        api = new MediationApi(mvc, jdbc);
        List<String> yinzhou = build(YINZHOU, "330212", "鄞州", 24);
        List<String> fenghua = build(FENGHUA, "330213", "奉化", 16);
        build(LAOCHENG, "410302", "老城", 8);
        assertSameFigures();

        // an edit of type and source (the registration moves to other codes)
        for (String path : List.of(yinzhou.get(0), yinzhou.get(5), fenghua.get(3))) {
            SifaPrincipal who = division(path).equals("330212") ? YINZHOU : FENGHUA;
            String etag = api.fetch(who, path).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
            mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).header("If-Match", etag).with(as(who)).content("""
                    {"source":"COURT_REFERRAL","disputeType":"CONTRACT","difficulty":"DIFFICULT","summary":"合同纠纷(改)",
                     "amountInvolved":5000,
                     "parties":[{"role":"APPLICANT","kind":"PERSON","name":"张三"},{"role":"RESPONDENT","kind":"PERSON","name":"李四"}]}"""))
                    .andExpect(status().isOk());
        }
        assertSameFigures();

        // dates and results corrected in SQL (across months and years), a committee set and cleared, one statement for many rows
        jdbc.update("update med_case set received_on = received_on - 40 where division_code = '330212' and received_on > '2025-06-01'");
        jdbc.update("update med_case set agreement_effective_on = agreement_effective_on + 35, agreement_amount = null "
                + "where division_code = '330213' and agreement_effective_on is not null and agreement_amount > 100");
        jdbc.update("update med_case set jc_result = case jc_result when 'CONFIRMED' then 'REJECTED' else 'CONFIRMED' end "
                + "where jc_result is not null and division_code like '3302%'");
        jdbc.update("update med_case set performance_checked_on = performance_checked_on + 31 where performance_checked_on is not null "
                + "and division_code like '3302%'");
        jdbc.update("update med_case set committee_id = null where division_code = '330212' and received_on < '2025-03-01'");
        assertSameFigures();

        compaction.run();
        assertThat(jdbc.queryForObject("""
                select count(*) from (select 1 from med_case_month group by division_code, month, dim, code having count(*) > 1) k""",
                Integer.class)).isZero();
        assertSameFigures();

        // a follow-up moved, one removed, a case deleted with its follow-ups
        jdbc.update("update med_case_follow_up set visited_on = visited_on + 45 where case_id in "
                + "(select id from med_case where division_code = '330212')");
        UUID gone = UUID.fromString(yinzhou.get(7).substring(CASES.length() + 1));
        jdbc.update("delete from med_case_follow_up where id = (select min(cast(id as text))::uuid from med_case_follow_up "
                + "where case_id in (select id from med_case where division_code = '330213'))");
        for (String child : List.of("med_case_party", "med_case_mediator", "med_case_session", "med_expert_request")) {
            jdbc.update("delete from " + child + " where case_id = ?", gone);
        }
        jdbc.update("update med_screening set case_id = null where case_id = ?", gone);
        assertThat(jdbc.update("delete from med_case where id = ?", gone)).isEqualTo(1);
        assertSameFigures();
        compaction.run();
        assertSameFigures();
    }

    @Test
    void eachDivisionReadsOnlyItsOwnSubtree() throws Exception {
        api = new MediationApi(mvc, jdbc);
        build(FENGHUA, "330213", "奉化", 4);
        build(LAOCHENG, "410302", "老城", 4);
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        long fenghua = jdbc.queryForObject("select count(*) from med_case where division_code = '330213' and received_on between ? and ?",
                Long.class, from, to);
        long ningbo = jdbc.queryForObject("select count(*) from med_case where division_code like '3302%' and received_on between ? and ?",
                Long.class, from, to);
        assertThat(as(FENGHUA, () -> statistics.compute(null, from, to)).registered()).isEqualTo(fenghua);
        assertThat(as(NINGBO, () -> statistics.compute("330213", from, to)).registered()).isEqualTo(fenghua);
        assertThat(as(NINGBO, () -> statistics.compute(null, from, to)).registered()).isEqualTo(ningbo);
        // 奉化 asking for 洛阳 gets its own scope (narrowTo never widens), and 奉化's rows are not 洛阳's
        assertThat(as(LAOCHENG, () -> statistics.compute(null, from, to)).registered())
                .isEqualTo(jdbc.queryForObject("select count(*) from med_case where division_code = '410302' and received_on between ? and ?",
                        Long.class, from, to));
        // row-level security: the application's connection sees only the caller's aggregate rows
        assertThat(as(FENGHUA, () -> jdbc.queryForObject(
                "select count(*) from med_case_month where division_code not like '330213%'", Long.class))).isZero();
    }

    @Test
    void aPeriodWithPartsOfMonthsReadsTheMonthsOnlyWhenNoDayOfItsEdgeMonthsLiesOutsideIt() throws Exception {
        api = new MediationApi(mvc, jdbc);
        api.ensureBureau("330205", "江北司法局", "江北");
        UUID mediator = api.ensureMediator("330205", "江北调解员");
        // received 20 February, terminated 10 March; received 3 March, agreement 12 March, visited 14 March
        String failing = newCase("2026-02-20");
        step(JIANGBEI, failing, "accept", "{\"acceptedOn\":\"2026-02-21\",\"mediatorIds\":[\"" + mediator + "\"]}");
        step(JIANGBEI, failing, "sessions", "{\"heldOn\":\"2026-02-25\",\"place\":\"调解室\",\"notes\":\"调解\"}");
        step(JIANGBEI, failing, "fail", "{\"failedOn\":\"2026-03-10\",\"reason\":\"分歧较大\"}");
        String agreed = newCase("2026-03-03");
        step(JIANGBEI, agreed, "accept", "{\"acceptedOn\":\"2026-03-05\",\"mediatorIds\":[\"" + mediator + "\"]}");
        step(JIANGBEI, agreed, "sessions", "{\"heldOn\":\"2026-03-06\",\"place\":\"调解室\",\"notes\":\"调解\"}");
        step(JIANGBEI, agreed, "agreement", "{\"form\":\"WRITTEN\",\"terms\":\"赔偿\",\"amount\":8000.5,\"effectiveOn\":\"2026-03-12\"}");
        step(JIANGBEI, agreed, "follow-ups", "{\"visitedOn\":\"2026-03-14\",\"method\":\"PHONE\",\"notes\":\"回访\"}");

        // February's days from the 20th, March's up to the 14th: the months are exact
        StatisticsView feb10ToMar16 = assertPath("2026-02-10", "2026-03-16", true);
        assertThat(feb10ToMar16.registered()).isEqualTo(2);
        assertThat(feb10ToMar16.succeeded()).isEqualTo(1);
        assertThat(feb10ToMar16.failed()).isEqualTo(1);
        assertThat(feb10ToMar16.afterAgreement().followUps()).isEqualTo(1);
        assertPath("2026-03-01", "2026-03-14", true);
        // 1 January to today (the default period): no day lies in the future
        assertPath("2026-01-01", "2026-12-04", true);
        assertThat(as(JIANGBEI, () -> statistics.readsMonths(null, null, null))).isTrue();
        // the registration of 20 February lies before a start of 21 February, the visit of 14 March after an end of the 13th
        assertPath("2026-02-21", "2026-03-16", false);
        assertPath("2026-02-10", "2026-03-13", false);
        assertThat(assertPath("2026-03-13", "2026-03-13", false).afterAgreement().followUps()).isZero();

        // a day moved within its month cancels out in every figure, yet the aggregate learns the new day
        jdbc.update("update med_case set failed_on = '2026-03-18' where id = ?", id(failing));
        assertPath("2026-02-10", "2026-03-16", false);
        jdbc.update("update med_case_follow_up set visited_on = '2026-03-19' where case_id = ?", id(agreed));
        assertPath("2026-02-10", "2026-03-18", false);
        compaction.run();
        assertPath("2026-02-10", "2026-03-16", false);
        StatisticsView feb10ToMar19 = assertPath("2026-02-10", "2026-03-19", true);
        assertThat(feb10ToMar19.failed()).isEqualTo(1);
        assertThat(feb10ToMar19.afterAgreement().followUps()).isEqualTo(1);

        // a record dated after the end, in the end's month, through the API: the cases again, and still exact
        step(JIANGBEI, agreed, "follow-ups", "{\"visitedOn\":\"2026-03-28\",\"method\":\"VISIT\",\"notes\":\"回访\"}");
        assertThat(assertPath("2026-02-10", "2026-03-19", false).afterAgreement().followUps()).isEqualTo(1);
        assertThat(assertPath("2026-02-10", "2026-03-28", true).afterAgreement().followUps()).isEqualTo(2);
        // the city above sees what its counties hold (exact either way)
        for (String[] p : new String[][] {{"2026-02-10", "2026-03-19"}, {"2026-01-01", "2026-12-04"}}) {
            LocalDate from = LocalDate.parse(p[0]);
            LocalDate to = LocalDate.parse(p[1]);
            assertThat(as(NINGBO, () -> statistics.compute(null, from, to)))
                    .isEqualTo(as(NINGBO, () -> statistics.compute(null, from, to, false)));
        }
    }

    /** 江北's figures of the period by compute, which must (not) read the months, and equal the live figures. */
    StatisticsView assertPath(String from, String to, boolean months) {
        LocalDate start = LocalDate.parse(from);
        LocalDate end = LocalDate.parse(to);
        assertThat(as(JIANGBEI, () -> statistics.readsMonths(null, start, end))).as("months for %s..%s", from, to).isEqualTo(months);
        StatisticsView served = as(JIANGBEI, () -> statistics.compute(null, start, end));
        assertThat(served).as("%s..%s", from, to).isEqualTo(as(JIANGBEI, () -> statistics.compute(null, start, end, false)));
        return served;
    }

    String newCase(String receivedOn) throws Exception {
        return CASES + "/" + read(api.send(JIANGBEI, CASES, MediationApi.newCase(receivedOn)).andExpect(status().isCreated()).andReturn(), "$.id");
    }

    static UUID id(String path) {
        return UUID.fromString(path.substring(CASES.length() + 1));
    }

    /** Whole months (years, a quarter, several months, one month) and periods with partial months, for three callers. */
    void assertSameFigures() {
        String[][] periods = {
                {"2025-01-01", "2025-12-31"}, {"2024-01-01", "2026-12-31"}, {"2025-04-01", "2025-06-30"},
                {"2025-11-01", "2026-02-28"}, {"2026-02-01", "2026-02-28"}, {"2025-03-15", "2025-11-10"},
                {"2025-12-31", "2026-01-01"}, {"2026-01-01", "2026-12-04"}, {"2025-01-01", "2025-06-15"},
                {"2025-06-16", "2026-12-04"}};
        for (SifaPrincipal who : List.of(YINZHOU, NINGBO, LAOCHENG)) {
            for (String[] p : periods) {
                LocalDate from = LocalDate.parse(p[0]);
                LocalDate to = LocalDate.parse(p[1]);
                StatisticsView live = as(who, () -> statistics.compute(null, from, to, false));
                StatisticsView served = as(who, () -> statistics.compute(null, from, to));
                assertThat(served).as("%s %s..%s", who.divisionCode(), from, to).isEqualTo(live);
            }
        }
        // the figures are not all zero: the comparison compares something
        StatisticsView year = as(NINGBO, () -> statistics.compute(null, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(year.registered()).isPositive();
        assertThat(year.succeeded()).isPositive();
    }

    /** Cases with varied codes and dates through the API, and every step that sets a date or a result. */
    List<String> build(SifaPrincipal who, String division, String name, int n) throws Exception {
        api.ensureBureau(division, name + "司法局", name);
        UUID mediator = api.ensureMediator(division, name + "调解员");
        UUID committee = jdbc.queryForObject("select committee_id from med_mediator where id = ?", UUID.class, mediator);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate received = LocalDate.of(2024, 11, 1).plusDays(rnd.nextInt(480));
            String body = MediationApi.newCase(received.toString()).replace("PARTY_APPLICATION", SOURCES[rnd.nextInt(SOURCES.length)])
                    .replace("NEIGHBOUR", TYPES[rnd.nextInt(TYPES.length)]);
            String path = CASES + "/" + read(api.send(who, CASES, body).andExpect(status().isCreated()).andReturn(), "$.id");
            paths.add(path);
            int outcome = rnd.nextInt(6);
            if (outcome == 0) {
                continue;
            }
            LocalDate day = received.plusDays(rnd.nextInt(4));
            if (outcome == 1) {
                step(who, path, "decline", "{\"declinedOn\":\"" + day + "\",\"reason\":\"不属于人民调解范围\"}");
                continue;
            }
            step(who, path, "accept", "{\"acceptedOn\":\"" + day + "\",\"mediatorIds\":[\"" + mediator + "\"]"
                    + (rnd.nextBoolean() ? ",\"committeeId\":\"" + committee + "\"" : "") + "}");
            day = day.plusDays(rnd.nextInt(20));
            step(who, path, "sessions", "{\"heldOn\":\"" + day + "\",\"place\":\"调解室\",\"notes\":\"调解\"}");
            if (rnd.nextInt(4) == 0) {
                step(who, path, "escalation-reports", "{\"reportedOn\":\"" + day + "\",\"policeStation\":\"派出所\"}");
            }
            day = day.plusDays(rnd.nextInt(40));
            if (outcome == 2) {
                step(who, path, "fail", "{\"failedOn\":\"" + day + "\",\"reason\":\"分歧较大\"}");
                continue;
            }
            if (outcome == 3) {
                continue;
            }
            String amount = rnd.nextInt(3) == 0 ? "" : ",\"amount\":" + (rnd.nextInt(50000) + 1) + ".5";
            step(who, path, "agreement", "{\"form\":\"WRITTEN\",\"terms\":\"赔偿\"" + amount + ",\"effectiveOn\":\"" + day + "\"}");
            // every later step on or after the one before (a step date may not precede the case's last step)
            if (rnd.nextBoolean()) {
                day = day.plusDays(rnd.nextInt(10));
                String applied = day.toString();
                String decided = "";
                if (rnd.nextBoolean()) {
                    day = day.plusDays(rnd.nextInt(20));
                    decided = ",\"result\":\"" + (rnd.nextBoolean() ? "CONFIRMED" : "REJECTED") + "\",\"decidedOn\":\"" + day + "\"";
                }
                step(who, path, "judicial-confirmation", "{\"appliedOn\":\"" + applied + "\",\"court\":\"人民法院\"" + decided + "}");
            }
            if (rnd.nextBoolean()) {
                day = day.plusDays(rnd.nextInt(60));
                step(who, path, "performance", "{\"result\":\"" + (rnd.nextBoolean() ? "PERFORMED" : "BREACHED")
                        + "\",\"checkedOn\":\"" + day + "\"}");
            }
            for (int f = rnd.nextInt(3); f > 0; f--) {
                day = day.plusDays(rnd.nextInt(45));
                step(who, path, "follow-ups", "{\"visitedOn\":\"" + day + "\",\"method\":\"PHONE\",\"notes\":\"回访\"}");
            }
        }
        return paths;
    }

    void step(SifaPrincipal who, String path, String action, String json) throws Exception {
        api.send(who, path + "/" + action, json).andExpect(status().isOk());
    }

    String division(String path) {
        return jdbc.queryForObject("select division_code from med_case where id = ?", String.class,
                UUID.fromString(path.substring(CASES.length() + 1)));
    }

    static <T> T as(SifaPrincipal who, java.util.function.Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        TestCallers.runAs(who, () -> result.set(work.get()));
        return result.get();
    }
}
