package cn.sifa.mediation.demo;

import static cn.sifa.mediation.testing.MediationApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.deadline.Deadlines;
import cn.sifa.core.division.DivisionRepository;
import cn.sifa.core.organization.Organizations;
import cn.sifa.core.person.CitizenId;
import cn.sifa.core.person.CreditCode;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.mediation.dispute.CaseNumbering;
import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationIntegrationTest;

/** 荣成市 (371082), which no other test writes to, loaded with the demo data; the statistics reproduce the seed's sentence. */
@MediationIntegrationTest
class MediationDemoDataTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    DivisionRepository divisions;
    @Autowired
    Organizations organizations;
    @Autowired
    CaseNumbering numbering;
    @Autowired
    Deadlines deadlines;
    @Autowired
    DeadlineCalculator calculator;
    @Autowired
    java.time.Clock clock;

    @Test
    void aDemoCountyGetsAFewHundredRealisticCasesOnceAndTheStatisticsSpeakLikeTheBureau() throws Exception {
        new MediationApi(mvc, jdbc).ensureBureau("371082", "荣成市司法局", "荣成");
        MediationDemoData loader = new MediationDemoData(jdbc, tx, divisions, organizations, numbering, deadlines, calculator, clock);
        MediationDemoData.County rongcheng = MediationDemoData.COUNTIES.get(2);
        // The core tests' fixed today: which stories the demo tells depends on it, not on the machine's date.
        LocalDate today = LocalDate.of(2026, 12, 5);
        long started = System.nanoTime();
        Integer loaded = CurrentCaller.runAsSystem(() -> tx.execute(s -> loader.load(rongcheng, today)));
        long loadMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(loaded).isEqualTo(360);
        Integer again = CurrentCaller.runAsSystem(() -> tx.execute(s -> loader.load(rongcheng, today)));
        assertThat(again).isZero();

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
}
