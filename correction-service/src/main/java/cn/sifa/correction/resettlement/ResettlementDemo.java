package cn.sifa.correction.resettlement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.sifa.core.demo.DemoCounties.DemoCounty;
import cn.sifa.core.demo.DemoNames;
import cn.sifa.core.demo.DemoSeeder;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.correction.subject.Subject;
import cn.sifa.correction.subject.SubjectStatus;
import cn.sifa.correction.subject.DemoSubjects;

/**
 * Demo: a county's released persons (METRICS.md scale, scaled down to {@value #PER_COUNTY}): most picked up and under
 * support (most verified, some key persons), two awaiting release within the month, one ended, and discharged correction
 * subjects handed over. Through the aggregate and the applier; assigned to the county's correction login.
 */
@Component
@Profile("demo")
@Order(34)
class ResettlementDemo implements DemoSeeder {

    static final int PER_COUNTY = 12;
    private static final String[] PRISONS = {"省第一监狱", "省女子监狱", "省未成年犯管教所", "省第三监狱"};
    private static final String[] CRIMES = {"盗窃罪", "诈骗罪", "故意伤害罪", "抢劫罪", "贩卖毒品罪"};

    private final DemoSubjects demoSubjects;
    private final ReleasedPersons persons;
    private final Workflow workflow;
    private final JdbcTemplate jdbc;

    ResettlementDemo(DemoSubjects demoSubjects, ReleasedPersons persons, Workflow workflow, JdbcTemplate jdbc) {
        this.demoSubjects = demoSubjects;
        this.persons = persons;
        this.workflow = workflow;
        this.jdbc = jdbc;
    }

    @Override
    public boolean seeded(DemoCounty county) {
        // Its own records: the first notice always names the first of the demo prisons.
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from cr_released_person where division_code = ? and prison = ?)",
                Boolean.class, county.code(), PRISONS[0]));
    }

    @Override
    public void seed(DemoCounty county, LocalDate today) {
        String assignee = jdbc.queryForList("select username from core_user where division_code = ? and 'CORRECTION_STAFF' = any (roles) "
                + "order by username limit 1", String.class, county.code()).stream().findFirst().orElse(null);
        DemoNames names = DemoNames.forCounty(county.code(), "correction-released");
        for (int i = 0; i < PER_COUNTY; i++) {
            boolean male = names.random().nextInt(100) < 90;
            LocalDate release = i < 2 ? today.plusDays(5 + i * 20L) : today.minusDays(30 + names.random().nextInt(1200));
            LocalDate notice = i < 2 ? today.minusDays(5) : release.minusMonths(1);
            ReleasedPerson p = ReleasedPerson.fromPrison(county.code(), names.person(male), names.idNumber(county.code(), male, today),
                    names.phone(), false, PRISONS[i % PRISONS.length], names.pick(CRIMES), release,
                    notice, i % 5 == 0, assignee);
            workflow.create(p, ReleasedPerson::registration);
            if (i < 2) {
                continue;
            }
            workflow.apply(p, p.pickUp("司法所工作人员、家属", release, today));
            workflow.apply(p, p.team("司法所工作人员、村(居)委会干部、家属", release, today));
            if (i % 4 != 3) {
                workflow.apply(p, p.verify("户籍、住址、联系方式核实无误", release.plusDays(7), today));
            }
            if (i == 11) {
                workflow.apply(p, p.end(ReleasedStatus.ENDED, "帮教工作提前解除", today.minusDays(3), today));
            }
        }
        List<Subject> discharged = demoSubjects.in(county, SubjectStatus.DISCHARGED);
        for (Subject s : discharged.subList(0, Math.min(3, discharged.size()))) {
            ReleasedPerson p = ReleasedPerson.fromCorrection(s.getDivisionCode(), s.getPersonName(), s.getIdNumber(), s.getPhone(), s.isMinor(),
                    s.getCrime(), s.getEndedOn(), s.getEndedOn(), false, s.getId(), s.getExecutingOrgId(), s.getAssignee());
            workflow.create(p, ReleasedPerson::registration);
        }
        persons.flush();
    }
}
