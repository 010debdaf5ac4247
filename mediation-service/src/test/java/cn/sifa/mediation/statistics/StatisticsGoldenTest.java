package cn.sifa.mediation.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.deadline.DeadlineTarget;
import cn.sifa.core.deadline.Deadlines;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/**
 * Pins every figure of the statistics (and so of the mediator incentives) on a seeded, varied dataset in 温州
 * (3303xx, which no other test writes to): cases with every step date inside and outside the periods, committees
 * without cases in the period, several mediators per case, screenings, follow-ups, expert requests and rules of
 * several levels. The expected answers were recorded from the original SQL (before the performance rewrite) and
 * the rewrite must reproduce them byte for byte. Re-record with {@code -Dstats.golden.record=true} only when a
 * figure's definition changes on purpose.
 */
class StatisticsGoldenTest extends MediationApiTest {

    static final Path GOLDEN = Path.of("src/test/resources/statistics-golden");

    @Autowired
    Deadlines deadlines;
    @Autowired
    TransactionTemplate tx;
    static final String[] DIVISIONS = {"330302", "330303", "330304", "331121"};
    static final String[] TYPES = {"MEDICAL", "LABOUR", "NEIGHBOUR", "MARRIAGE_FAMILY", "TRAFFIC_ACCIDENT", "OTHER"};
    static final String[] SOURCES = {"PARTY_APPLICATION", "COURT_REFERRAL", "PETITION_REFERRAL", "POLICE_REFERRAL"};
    static final String[] DIFFICULTIES = {"SIMPLE", "ORDINARY", "DIFFICULT", "MAJOR"};


    @BeforeEach
    void data() {
        if (jdbc.queryForObject("select count(*) from med_case where division_code like '3303%'", Integer.class) > 0) {
            return;
        }
        Random rnd = new Random(20261122);
        List<UUID> allMediators = new ArrayList<>();
        for (String d : DIVISIONS) {
            new MediationApi(mvc, jdbc).ensureBureau(d, "测试司法局" + d, "测试" + d);
            List<UUID> committees = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                UUID c = uuid(rnd);
                committees.add(c);
                LocalDate ends = i == 3 ? LocalDate.of(2020, 12, 31) : LocalDate.of(2099, 1, 1);
                jdbc.update("""
                        insert into med_committee (id, version, created_at, created_by, updated_at, updated_by, division_code, name, type,
                            term_start_on, term_ends_on, active) values (?, 0, now(), 't', now(), 't', ?, ?, ?, ?, ?, ?)""",
                        c, d, "调委会" + d + "-" + i, i % 2 == 0 ? "VILLAGE" : "TOWNSHIP_STREET",
                        Date.valueOf(LocalDate.of(2018, 1, 1)), Date.valueOf(ends), i != 2);
                int members = 2 + rnd.nextInt(6);
                for (int m = 0; m < members; m++) {
                    jdbc.update("""
                            insert into med_committee_member (committee_id, sort_order, name, gender, office)
                            values (?, ?, ?, ?, ?)""", c, m, "委员" + m, rnd.nextInt(3) == 0 ? "FEMALE" : "MALE",
                            m == 0 || (m == 1 && rnd.nextBoolean()) ? "DIRECTOR" : "MEMBER");
                }
            }
            List<UUID> mediators = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                UUID m = uuid(rnd);
                mediators.add(m);
                jdbc.update("""
                        insert into med_mediator (id, version, created_at, created_by, updated_at, updated_by, division_code, committee_id,
                            name, gender, employment, grade, in_expert_pool, active)
                        values (?, 0, now(), 't', now(), 't', ?, ?, ?, 'FEMALE', ?, 'SENIOR', ?, ?)""",
                        m, d, committees.get(i % committees.size()), "调解员" + d + "-" + i,
                        rnd.nextBoolean() ? "FULL_TIME" : "PART_TIME", rnd.nextBoolean(), i != 4);
            }
            allMediators.addAll(mediators);
            for (int i = 0; i < 3; i++) {
                UUID s = uuid(rnd);
                jdbc.update("""
                        insert into med_studio (id, version, created_at, created_by, updated_at, updated_by, division_code, name, kind)
                        values (?, 0, now(), 't', now(), 't', ?, ?, 'BRAND_ROOM')""", s, d, "工作室" + d + "-" + i);
                if (i > 0) {
                    jdbc.update("insert into med_studio_honour (studio_id, sort_order, title, level, awarded_on) values (?, 0, ?, 'CITY', ?)",
                            s, i == 1 ? "金牌调解室" : "优秀调解室", Date.valueOf(LocalDate.of(2024, 5, 1)));
                }
            }
            List<UUID> cases = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                cases.add(insertCase(rnd, d, i, committees, mediators));
            }
            for (int i = 0; i < 40; i++) {
                LocalDate on = date(rnd, LocalDate.of(2023, 1, 1), 1300);
                String st = List.of("OPEN", "CONVERTED", "RESOLVED").get(rnd.nextInt(3));
                jdbc.update("""
                        insert into med_screening (id, version, created_at, created_by, updated_at, updated_by, division_code, committee_id,
                            mediator_id, screened_on, place, dispute_type, summary, risk_level, escalation_risk, status, case_id)
                        values (?, 0, now(), 't', now(), 't', ?, ?, ?, ?, '村口', ?, '排查', ?, ?, ?, ?)""",
                        uuid(rnd), d, committees.get(rnd.nextInt(4)), rnd.nextInt(4) == 0 ? null : mediators.get(rnd.nextInt(5)),
                        Date.valueOf(on), pick(rnd, TYPES), List.of("LOW", "MEDIUM", "HIGH").get(rnd.nextInt(3)), rnd.nextBoolean(),
                        st, rnd.nextBoolean() ? cases.get(rnd.nextInt(cases.size())) : null);
            }
            for (int i = 0; i < 30; i++) {
                LocalDate on = date(rnd, LocalDate.of(2023, 1, 1), 1300);
                String st = List.of("OPEN", "ACCEPTED", "DECLINED", "CANCELLED").get(rnd.nextInt(4));
                jdbc.update("""
                        insert into med_expert_request (id, version, created_at, created_by, updated_at, updated_by, division_code, case_id,
                            specialty, requested_on, status, responded_on)
                        values (?, 0, now(), 't', now(), 't', ?, ?, 'MEDICAL', ?, ?, ?)""",
                        uuid(rnd), d, cases.get(rnd.nextInt(cases.size())), Date.valueOf(on), st,
                        st.equals("OPEN") ? null : Date.valueOf(on.plusDays(rnd.nextInt(60))));
            }
        }
        // Rules at province, city and county level; specific by type and difficulty; with validity windows.
        rule(rnd, "330000", "SUCCESSFUL_MEDIATION", null, null, "100.00", 5, "2020-01-01", null);
        rule(rnd, "330300", "SUCCESSFUL_MEDIATION", "MEDICAL", null, "400.00", 12, "2024-01-01", "2025-06-30");
        rule(rnd, "330300", "SUCCESSFUL_MEDIATION", "MEDICAL", null, "450.00", 14, "2025-07-01", null);
        rule(rnd, "330302", "SUCCESSFUL_MEDIATION", null, "DIFFICULT", "200.00", 8, "2023-01-01", null);
        rule(rnd, "330302", "SUCCESSFUL_MEDIATION", "LABOUR", "MAJOR", "333.33", 20, "2023-01-01", null);
        rule(rnd, "330000", "CONCLUDED_WITHOUT_AGREEMENT", null, null, "30.00", 1, "2020-01-01", null);
        rule(rnd, "330303", "CONCLUDED_WITHOUT_AGREEMENT", "NEIGHBOUR", null, "45.50", 2, "2024-06-01", null);
        rule(rnd, "330300", "SCREENING", null, null, "10.00", 1, "2023-01-01", "2025-12-31");
    }

    UUID insertCase(Random rnd, String d, int n, List<UUID> committees, List<UUID> mediators) {
        UUID id = uuid(rnd);
        LocalDate received = date(rnd, LocalDate.of(2022, 10, 1), 1370);
        LocalDate accepted = null, declined = null, agreement = null, failed = null, police = null, jcApplied = null,
                jcDecided = null, checked = null;
        String status = "REGISTERED", jcResult = null, performance = null;
        BigDecimal amount = null;
        int outcome = rnd.nextInt(10);
        if (outcome == 0) {
            declined = received.plusDays(rnd.nextInt(10));
            status = "DECLINED";
        } else if (outcome >= 2) {
            accepted = received.plusDays(rnd.nextInt(5));
            status = "MEDIATING";
            if (outcome >= 5) {
                agreement = accepted.plusDays(rnd.nextInt(60));
                amount = BigDecimal.valueOf(rnd.nextInt(5_000_000), 2);
                status = rnd.nextBoolean() ? "AGREEMENT_REACHED" : "ARCHIVED";
                if (rnd.nextBoolean()) {
                    jcApplied = agreement.plusDays(rnd.nextInt(40));
                    if (rnd.nextBoolean()) {
                        jcDecided = jcApplied.plusDays(rnd.nextInt(40));
                        jcResult = rnd.nextBoolean() ? "CONFIRMED" : "REJECTED";
                    }
                }
                if (rnd.nextBoolean()) {
                    checked = agreement.plusDays(rnd.nextInt(90));
                    performance = rnd.nextBoolean() ? "PERFORMED" : "BREACHED";
                }
            } else if (outcome >= 3) {
                failed = accepted.plusDays(rnd.nextInt(60));
                status = "FAILED";
            }
            if (rnd.nextInt(8) == 0) {
                police = accepted.plusDays(rnd.nextInt(20));
            }
        }
        LocalDate due = switch (rnd.nextInt(3)) {
            case 0 -> null;
            case 1 -> LocalDate.of(2020, 1, 1);
            default -> LocalDate.of(2099, 1, 1);
        };
        jdbc.update("""
                insert into med_case (id, version, created_at, created_by, updated_at, updated_by, division_code, case_no, committee_id,
                    source, dispute_type, difficulty, summary, received_on, status, last_step_on, accepted_on, declined_on,
                    agreement_amount, agreement_effective_on, failed_on, police_reported_on, jc_applied_on, jc_result, jc_decided_on,
                    performance_result, performance_checked_on)
                values (?, 0, now(), 't', now(), 't', ?, ?, ?, ?, ?, ?, '纠纷', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, d, "温测〔" + d + "〕" + n, rnd.nextInt(6) == 0 ? null : committees.get(rnd.nextInt(committees.size())),
                pick(rnd, SOURCES), pick(rnd, TYPES), pick(rnd, DIFFICULTIES), Date.valueOf(received), status, Date.valueOf(received),
                sql(accepted), sql(declined), amount, sql(agreement), sql(failed), sql(police), sql(jcApplied), jcResult,
                sql(jcDecided), performance, sql(checked));
        if (due != null) {
            // The next due date lives in core_deadline (an open deadline), never in med_case: opened by the core register
            // from its rule (30 days from the anchor), long past or far ahead of the clock, so only its side of today counts.
            UUID caseId = id;
            CurrentCaller.runAsSystem(() -> tx.executeWithoutResult(s -> deadlines.open(
                    new DeadlineTarget("mediation-case", caseId, d, null, null, null, null), "MEDIATION_TIME_LIMIT", due.minusDays(30))));
        }
        int shares = accepted == null ? rnd.nextInt(2) : rnd.nextInt(4);
        for (int i = 0; i < shares; i++) {
            jdbc.update("insert into med_case_mediator (case_id, mediator_id) values (?, ?) on conflict do nothing",
                    id, mediators.get((n + i) % mediators.size()));
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            jdbc.update("insert into med_case_follow_up (id, case_id, visited_on, method, notes) values (?, ?, ?, 'PHONE', '回访')",
                    uuid(rnd), id, Date.valueOf(received.plusDays(rnd.nextInt(200))));
        }
        return id;
    }

    void rule(Random rnd, String division, String kind, String type, String difficulty, String subsidy, int points,
              String from, String to) {
        jdbc.update("""
                insert into med_incentive_rule (id, version, created_at, created_by, updated_at, updated_by, division_code, kind,
                    dispute_type, difficulty, subsidy_amount, credit_points, valid_from, valid_to)
                values (?, 0, now(), 't', now(), 't', ?, ?, ?, ?, ?, ?, ?, ?)""",
                uuid(rnd), division, kind, type, difficulty, new BigDecimal(subsidy), points, Date.valueOf(from),
                to == null ? null : Date.valueOf(to));
    }

    static UUID uuid(Random rnd) {
        return new UUID(rnd.nextLong(), rnd.nextLong());
    }

    static LocalDate date(Random rnd, LocalDate from, int days) {
        return from.plusDays(rnd.nextInt(days));
    }

    static String pick(Random rnd, String[] values) {
        return values[rnd.nextInt(values.length)];
    }

    static Date sql(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    @ParameterizedTest(name = "{0} {1}..{2} as {3}")
    @CsvSource({
            "330302, 2025-01-01, 2025-12-31, 330300",
            "330302, 2022-10-01, 2026-06-30, 330300",
            "330300, 2025-01-01, 2025-12-31, 330300",
            "330300, 2023-03-15, 2026-02-10, 330300",
            "330303, 2025-02-01, 2025-02-28, 330300",
            "330304, 2024-12-31, 2025-01-01, 330304",
            ", 2024-01-01, 2024-12-31, 330303",
            "330300, 2019-01-01, 2019-12-31, 330300"})
    void everyFigureEqualsTheRecordedAnswer(String division, String from, String to, String caller) throws Exception {
        String query = "?from=" + from + "&to=" + to + (division == null ? "" : "&divisionCode=" + division);
        String name = (division == null ? "own" : division) + "_" + from + "_" + to + "_" + caller;
        check(name + ".json", "/api/mediation/v1/statistics" + query, caller);
        check(name + ".incentives.json", "/api/mediation/v1/incentives" + query, caller);
    }

    void check(String file, String url, String caller) throws Exception {
        var principal = TestCallers.staff(caller, Role.MEDIATION_STAFF);
        String body = mvc.perform(MockMvcRequestBuilders.get(url).with(MediationApi.as(principal)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("stats.golden.record")) {
            write(golden, body);
            return;
        }
        assertThat(golden).as("recorded answer; record with -Dstats.golden.record=true").exists();
        mvc.perform(MockMvcRequestBuilders.get(url).with(MediationApi.as(principal)))
                .andExpect(content().json(Files.readString(golden), JsonCompareMode.STRICT));
    }

    static void write(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, body + "\n");
    }
}
