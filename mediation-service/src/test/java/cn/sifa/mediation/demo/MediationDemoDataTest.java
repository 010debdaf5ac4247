package cn.sifa.mediation.demo;

import static cn.sifa.mediation.testing.MediationApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.deadline.DeadlineReminderJob;
import cn.sifa.core.demo.DemoCounties;
import cn.sifa.core.demo.DemoCounties.DemoCounty;
import cn.sifa.core.person.CitizenId;
import cn.sifa.core.person.CreditCode;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.core.testing.TestStaff;
import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/** 荣成市 (371082), which no other test writes to, loaded with the demo data; the statistics reproduce the seed's sentence. */
class MediationDemoDataTest extends MediationApiTest {

    @Autowired
    TransactionTemplate tx;
    @Autowired
    DeadlineCalculator calculator;
    @Autowired
    AutowireCapableBeanFactory beans;
    @Autowired
    DeadlineReminderJob reminders;

    /** The seeder as the core DemoLoader runs it (profile demo), with its persistence context injected. */
    MediationDemoData seeder() {
        return beans.createBean(MediationDemoData.class);
    }

    static DemoCounty county(String code) {
        return DemoCounties.of(code).orElseThrow();
    }

    @Test
    void aDemoCountyGetsAFewHundredRealisticCasesOnceAndTheStatisticsSpeakLikeTheBureau() throws Exception {
        new MediationApi(mvc, jdbc).ensureBureau("371082", "荣成市司法局", "荣成");
        MediationDemoData loader = seeder();
        DemoCounty rongcheng = county("371082");
        // The core tests' fixed today: which stories the demo tells depends on it, not on the machine's date.
        LocalDate today = LocalDate.of(2026, 12, 5);
        long started = System.nanoTime();
        Integer loaded = CurrentCaller.runAsSystem(() -> tx.execute(s -> loader.load(rongcheng, today)));
        long loadMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(loaded).isEqualTo(360);
        assertThat(loader.seeded(rongcheng)).isTrue();
        Integer again = CurrentCaller.runAsSystem(() -> tx.execute(s -> loader.load(rongcheng, today)));
        assertThat(again).isZero();
        // Every case, screening and expert request was created through the applier: each has its registration in the history.
        assertThat(jdbc.queryForObject("""
                select count(*) from med_case c where c.division_code like '371082%' and c.created_by = 'system' and not exists (
                    select 1 from core_transition t where t.record_id = c.id and t.action = 'register')""", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from med_screening s where s.division_code like '371082%' and s.created_by = 'system' and not exists (
                    select 1 from core_transition t where t.record_id = s.id and t.action = 'register')""", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from med_expert_request e where e.division_code like '371082%' and e.created_by = 'system' and e.status <> 'OPEN' and not exists (
                    select 1 from core_transition t where t.record_id = e.id and t.to_state = e.status)""", Integer.class)).isZero();
        // A case's status is the last state of its history.
        assertThat(jdbc.queryForObject("""
                select count(*) from med_case c where c.division_code like '371082%' and c.created_by = 'system' and c.status <> (
                    select t.to_state from core_transition t where t.record_id = c.id order by t.recorded_at desc, t.created_at desc limit 1)""",
                Integer.class)).isZero();

        Map<String, Object> counts = jdbc.queryForMap("""
                select (select count(*) from med_case where division_code like '371082%' and created_by = 'system') as cases,
                       (select count(*) from med_case_party p join med_case c on c.id = p.case_id where c.division_code like '371082%') as parties,
                       (select count(*) from med_committee where division_code like '371082%') as committees,
                       (select count(distinct type) from med_committee where division_code like '371082%') as committee_types,
                       (select count(*) from med_mediator where division_code like '371082%') as mediators,
                       (select count(*) from med_screening where division_code like '371082%') as screenings,
                       (select count(distinct status) from med_case where division_code like '371082%') as statuses,
                       (select count(distinct dispute_type) from med_case where division_code like '371082%') as types,
                       (select count(distinct source) from med_case where division_code like '371082%') as sources,
                       (select count(*) from core_transition where division_code like '371082%') as transitions,
                       (select count(*) from core_deadline where division_code like '371082%') as deadlines""");
        System.out.println("[mediation-demo] 371082 loaded in " + loadMs + " ms: " + counts);
        assertThat(((Number) counts.get("committees")).intValue()).isGreaterThanOrEqualTo(10);
        assertThat(((Number) counts.get("committee_types")).intValue()).isEqualTo(5);
        assertThat(((Number) counts.get("mediators")).intValue()).isGreaterThanOrEqualTo(30);
        assertThat(((Number) counts.get("statuses")).intValue()).isGreaterThanOrEqualTo(6);
        assertThat(((Number) counts.get("types")).intValue()).isGreaterThanOrEqualTo(12);
        assertThat(((Number) counts.get("sources")).intValue()).isEqualTo(7);
        // Every demo ID number and credit code passes the core check-digit rules.
        List<String> ids = jdbc.queryForList("""
                select p.id_number from med_case_party p join med_case c on c.id = p.case_id
                where c.division_code like '371082%' and c.created_by = 'system' and p.id_number is not null""", String.class);
        assertThat(ids).isNotEmpty().allMatch(CitizenId::isValid);
        assertThat(jdbc.queryForList("""
                select p.credit_code from med_case_party p join med_case c on c.id = p.case_id
                where c.division_code like '371082%' and p.credit_code is not null""", String.class)).allMatch(CreditCode::isValid);
        // Received dates are working days within the last 18 months.
        assertThat(jdbc.queryForList("select distinct received_on from med_case where division_code like '371082%' and created_by = 'system'", java.sql.Date.class))
                .allMatch(d -> calculator.isWorkingDay(d.toLocalDate()) || d.toLocalDate().equals(today))
                .allMatch(d -> !d.toLocalDate().isBefore(today.minusDays(545)));

        var staff = TestCallers.staff("371082", Role.MEDIATION_STAFF);
        String from = today.minusMonths(6).withDayOfMonth(1).toString();
        long t0 = System.nanoTime();
        MvcResult stats = new MediationApi(mvc, jdbc).fetch(staff, "/api/mediation/v1/statistics?from=" + from + "&to=" + today)
                .andExpect(status().isOk()).andReturn();
        long statsMs = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        new MediationApi(mvc, jdbc).fetch(staff, "/api/mediation/v1/statistics?from=" + today.minusMonths(18) + "&to=" + today)
                .andExpect(status().isOk());
        System.out.println("[mediation-demo] statistics over 18 months, warm: " + (System.nanoTime() - t1) / 1_000_000 + " ms");
        String summary = read(stats, "$.summary");
        System.out.println("[mediation-demo] statistics in " + statsMs + " ms: " + summary);
        assertThat(summary).matches(".+至.+,荣成市共成功调解各类矛盾纠纷\\d+起,其中,(.+纠纷\\d+起|劳动人事争议\\d+起)(,.+\\d+起)*,争取赔\\(补\\)偿金额\\d+(余)?万元。");
        Integer succeeded = read(stats, "$.succeeded");
        Integer concluded = read(stats, "$.concluded");
        assertThat(succeeded).isGreaterThan(50);
        assertThat(succeeded.doubleValue() / concluded).isGreaterThan(0.9);
        assertThat((Integer) read(stats, "$.organisation.studios")).isEqualTo(2);
        List<?> mediators = read(stats, "$.mediators");
        assertThat(mediators).isNotEmpty();
        assertThat((Double) read(stats, "$.totalSubsidy")).isPositive();
        new MediationApi(mvc, jdbc).fetch(staff, "/api/mediation/v1/cases?overdue=true").andExpect(status().isOk());
    }

    /**
     * The bug of issue 10: the 开福区 login "mediation" was told about 缙云调〔2026〕208号, a 缙云县 case it cannot open.
     * With the demo logins of 开福区 present, another county is seeded (柯城区, which no other test writes to): none of
     * its cases, deadlines or reminders reaches them.
     */
    @Test
    void demoCasesAreAssignedOnlyToLoginsOfTheirCountyAndNoReminderCrossesDivisions() {
        MediationApi api = new MediationApi(mvc, jdbc);
        api.ensureBureau("330802", "衢州市柯城区司法局", "柯城");
        api.ensureBureau("430105", "长沙市开福区司法局", "开福");
        UUID kaifu = TestStaff.organization(jdbc, "430105");
        for (String login : List.of("mediation", "mediator")) {
            if (jdbc.queryForObject("select count(*) from core_user where username = ?", Integer.class, login) == 0) {
                TestStaff.user(jdbc, login, kaifu, "MEDIATION_STAFF");
            }
        }
        MediationDemoData loader = seeder();
        // The rule itself: a 开福区 case may go to the 开福区 logins, a 缙云县 case to none of them.
        assertThat(loader.assigneeFor("430105001", false)).isEqualTo("mediation");
        assertThat(loader.assigneeFor("430105", true)).isEqualTo("mediator");
        assertThat(loader.assigneeFor("331122", false)).isNull();
        assertThat(loader.assigneeFor("331122001", true)).isNull();

        LocalDate today = LocalDate.of(2026, 12, 5);
        long started = System.nanoTime();
        Integer loaded = CurrentCaller.runAsSystem(() -> tx.execute(s -> loader.load(county("330802"), today)));
        System.out.println("[mediation-demo] 330802 loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + loaded + " cases");
        assertThat(loaded).isEqualTo(MediationDemoData.CASES.get("330802"));

        assertThat(jdbc.queryForList("select case_no from med_case where division_code like '330802%' and assignee is not null",
                String.class)).as("柯城区 cases assigned to someone").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from core_deadline where division_code like '330802%'", Integer.class)).isPositive();
        // No deadline anywhere answers to a login whose division does not cover it.
        assertThat(jdbc.queryForList("""
                select d.case_no || ' -> ' || d.assignee from core_deadline d join core_user u on u.username = d.assignee
                where d.division_code not like u.division_code || '%'""", String.class)).isEmpty();

        reminders.run();
        assertThat(jdbc.queryForObject("""
                select count(*) from core_deadline where division_code like '330802%'
                and (notified_soon_at is not null or notified_overdue_at is not null)""", Integer.class))
                .as("the reminder job went over the demo deadlines").isPositive();
        // Nobody is told about a record outside their division: the 开福区 logins hear nothing of 柯城区.
        assertThat(jdbc.queryForList("""
                select n.recipient || ': ' || n.title from core_notification n
                join core_user u on u.username = n.recipient
                join core_deadline d on d.link = n.link
                where d.division_code not like u.division_code || '%'""", String.class)).isEmpty();
        assertThat(jdbc.queryForList("""
                select n.title from core_notification n join core_deadline d on d.link = n.link
                where n.recipient in ('mediation', 'mediator') and d.division_code like '330802%'""", String.class)).isEmpty();
    }
}
