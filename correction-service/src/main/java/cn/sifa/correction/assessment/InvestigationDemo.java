package cn.sifa.correction.assessment;

import java.time.LocalDate;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.sifa.core.demo.DemoCounties.DemoCounty;
import cn.sifa.core.demo.DemoNames;
import cn.sifa.core.demo.DemoSeeder;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.correction.subject.SubjectKind;

/** Demo: the year's 调查评估 (METRICS.md: 130 a year incl. 迁居), scaled down, most submitted on time, a few open. */
@Component
@Profile("demo")
@Order(30)
class InvestigationDemo implements DemoSeeder {

    static final int PER_COUNTY = 15;

    private final Workflow workflow;
    private final JdbcTemplate jdbc;

    InvestigationDemo(Workflow workflow, JdbcTemplate jdbc) {
        this.workflow = workflow;
        this.jdbc = jdbc;
    }

    @Override
    public boolean seeded(DemoCounty county) {
        // Its own records only (the commissioning authority is named after the county), not any assessment of the county.
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from cr_investigation where division_code = ? "
                + "and commissioning_authority like ?)", Boolean.class, county.code(), county.shortName() + "%"));
    }

    @Override
    public void seed(DemoCounty county, LocalDate today) {
        String assignee = jdbc.queryForList("select username from core_user where division_code = ? and 'CORRECTION_STAFF' = any (roles) "
                + "order by username limit 1", String.class, county.code()).stream().findFirst().orElse(null);
        DemoNames names = DemoNames.forCounty(county.code(), "correction-investigation");
        AuthorityType[] types = {AuthorityType.COURT, AuthorityType.COURT, AuthorityType.COURT, AuthorityType.PROCURATORATE,
                AuthorityType.PUBLIC_SECURITY, AuthorityType.PRISON};
        for (int i = 0; i < PER_COUNTY; i++) {
            AuthorityType type = names.pick(types);
            LocalDate received = i < 3 ? today.minusDays(i * 3L) : today.minusDays(15 + names.random().nextInt(330));
            boolean male = names.male();
            Investigation inv = new Investigation(county.code(), county.shortName() + type.label(), type, names.person(male),
                    names.idNumber(county.code(), male, today), false,
                    type == AuthorityType.PRISON ? SubjectKind.PAROLE : SubjectKind.PROBATION, i % 7 == 6, i % 5 == 4, received, assignee);
            workflow.create(inv, Investigation::registration);
            if (i >= 3) {
                LocalDate submitted = received.plusDays(5 + names.random().nextInt(10));
                workflow.apply(inv, inv.submitOpinion(names.random().nextInt(10) < 8, "居所固定,有监管条件", submitted, submitted, today));
            }
        }
    }
}
