package cn.sifa.correction.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.sifa.core.demo.DemoCounties.DemoCounty;
import cn.sifa.core.demo.DemoNames;
import cn.sifa.core.demo.DemoSeeder;
import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.deadline.DeadlineRule;
import cn.sifa.core.deadline.DeadlineRules;
import cn.sifa.core.workflow.Workflow;

/**
 * Demo: each county's register (METRICS.md: 在册 390, 解矫 most of the 累计接收; about 7% 训诫, few 警告), scaled
 * down to {@value #PER_COUNTY} subjects so that first start stays fast. Through the aggregate and the core applier;
 * assigned only to a correction login of the county itself.
 * <p>
 * Reports (定期报告, and the 病情报告/病情复查 of 暂予监外执行) follow the subject's period as the core applier counts
 * it from the rule of the subject's province ({@code CORRECTION_REPORT_<level>} and the others, overridable per
 * province): each on a working day at or a little before the period's due date, so none is late, and the last one's
 * period still runs today. To keep first start fast, a 严管 subject (weekly) is 严管 only for the last
 * {@value #STRICT_WEEKS} weeks of its correction (普管 before, monthly); one intake since then is 严管 from the start.
 * The subject who loses contact stops reporting before.
 */
@Component
@Profile("demo")
@Order(30)
class SubjectDemo implements DemoSeeder {

    static final int PER_COUNTY = 40;
    /** How long a demo 严管 subject has been 严管 at most: weekly reports for about three months. */
    static final int STRICT_WEEKS = 13;
    private static final String[] CRIMES = {"危险驾驶罪", "盗窃罪", "诈骗罪", "故意伤害罪", "交通肇事罪", "开设赌场罪", "帮助信息网络犯罪活动罪"};

    private final Subjects subjects;
    private final Measures measures;
    private final CheckIns checkIns;
    private final Workflow workflow;
    private final JdbcTemplate jdbc;
    private final DeadlineRules rules;
    private final DeadlineCalculator calculator;

    SubjectDemo(Subjects subjects, Measures measures, CheckIns checkIns, Workflow workflow, JdbcTemplate jdbc, DeadlineRules rules,
                DeadlineCalculator calculator) {
        this.subjects = subjects;
        this.measures = measures;
        this.checkIns = checkIns;
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.rules = rules;
        this.calculator = calculator;
    }

    /** The demo subject who commits a new crime while under correction. */
    private static final int REOFFENDING = 12;

    @Override
    public boolean seeded(DemoCounty county) {
        // Its own records only (the deciding court is named after the county), not any subject of the county.
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from cr_subject where division_code = ? and deciding_authority = ?)",
                Boolean.class, county.code(), court(county)));
    }

    @Override
    public void seed(DemoCounty county, LocalDate today) {
        List<UUID> agencies = jdbc.queryForList("select id from core_organization where division_code = ? and type = 'CORRECTION_AGENCY'",
                UUID.class, county.code());
        if (agencies.isEmpty()) {
            return;
        }
        String assignee = jdbc.queryForList("select username from core_user where division_code = ? and 'CORRECTION_STAFF' = any (roles) "
                + "order by username limit 1", String.class, county.code()).stream().findFirst().orElse(null);
        DemoNames names = DemoNames.forCounty(county.code(), "correction-subject");
        for (int i = 0; i < PER_COUNTY; i++) {
            seedOne(county, today, names, agencies.get(0), assignee, i);
        }
    }

    private void seedOne(DemoCounty county, LocalDate today, DemoNames names, UUID agency, String assignee, int i) {
        boolean male = names.random().nextInt(100) < 85;
        int k = names.random().nextInt(100);
        SubjectKind kind = i == REOFFENDING ? SubjectKind.PROBATION : k < 75 ? SubjectKind.PROBATION : k < 87 ? SubjectKind.PAROLE : k < 95 ? SubjectKind.TEMP_OUTSIDE_PRISON : SubjectKind.CONTROL;
        TempOutsideReason reason = kind == SubjectKind.TEMP_OUTSIDE_PRISON ? names.pick(TempOutsideReason.values()) : null;
        // The first ones are recent intakes still to report; the rest spread over two years.
        LocalDate effective = i < 2 ? today.minusDays(2 + i * 4L) : today.minusDays(20 + names.random().nextInt(700));
        LocalDate termEnd = effective.plusMonths(6 + names.random().nextInt(31)).minusDays(1);
        boolean minor = i == 5;
        String id = minor ? names.idNumberBornOn(county.code(), male, effective.minusYears(16)) : names.idNumber(county.code(), male, today);
        Subject s = new Subject(county.code(), names.person(male), id, names.phone(), male ? Gender.MALE : Gender.FEMALE, minor, kind,
                reason, court(county), effective, effective, termEnd, names.pick(CRIMES), agency, assignee);
        workflow.create(s, Subject::registration);
        if (i < 2) {
            return;
        }
        LocalDate reported = effective.plusDays(1 + names.random().nextInt(8));
        workflow.apply(s, s.reportIn(reported, reported, today));
        workflow.apply(s, s.team("司法所工作人员、社会工作者、" + (male ? "村(居)委会委员" : "妇联女干部"), true, reported, today));
        workflow.apply(s, s.plan("按分类管理等级定期报告,参加集中教育和公益活动", reported, today));
        SupervisionLevel level = i % 10 == 0 ? SupervisionLevel.STRICT : i % 4 == 0 ? SupervisionLevel.LENIENT : SupervisionLevel.NORMAL;
        boolean reoffends = i == REOFFENDING && termEnd.isAfter(today) && reported.isBefore(today.minusDays(30));
        boolean ended = !termEnd.isAfter(today);
        boolean discharging = termEnd.minusDays(Subject.DISCHARGE_PREPARATION_DAYS).isBefore(today);
        // The last day a report is seeded: before the term's end, the re-offence, or the loss of contact below.
        LocalDate until = reoffends ? today.minusDays(21) : ended ? termEnd.minusDays(1)
                : !discharging && i == 7 ? today.minusDays(4) : today;
        LocalDate setOn = reported.plusDays(1);
        LocalDate strictFrom = workingDayOnOrAfter(until.minusWeeks(STRICT_WEEKS));
        SupervisionLevel first = level == SupervisionLevel.STRICT && setOn.isBefore(strictFrom) ? SupervisionLevel.NORMAL : level;
        workflow.apply(s, s.supervisionLevel(first, setOn, today));
        reports(s, CheckInType.REGULAR, Subject.reportRule(first), setOn, first == level ? until : strictFrom.minusDays(1), today);
        if (first != level) {
            workflow.apply(s, s.supervisionLevel(level, strictFrom, today));
            reports(s, CheckInType.REGULAR, Subject.reportRule(level), strictFrom, until, today);
        }
        if (kind == SubjectKind.TEMP_OUTSIDE_PRISON) {
            reports(s, CheckInType.HEALTH_REPORT, Subject.HEALTH_REPORT, setOn, until, today);
            if (reason == TempOutsideReason.MEDICAL_PAROLE) {
                reports(s, CheckInType.MEDICAL_RECHECK, Subject.MEDICAL_RECHECK, setOn, until, today);
            }
        }
        if (i % 14 == 3) {
            measure(s, CorrectionMeasure.ADMONITION, "未按规定时间报告", reported.plusMonths(2), today);
        }
        if (i == 9) {
            measure(s, CorrectionMeasure.WARNING, "未经批准离开所居住的市、县", reported.plusMonths(3), today);
        }
        if (reoffends) {
            // One re-offence during correction per county, so the 再犯罪率 has a numerator to show.
            measure(s, CorrectionMeasure.PROPOSE_REVOKE_PROBATION, "缓刑考验期内涉嫌盗窃被公安机关刑事拘留", today.minusDays(20), today);
            workflow.apply(s, s.end(EndType.TERMINATED_PROBATION_REVOKED, TerminationGround.NEW_CRIME, today.minusDays(6), today));
            return;
        }
        if (!termEnd.isAfter(today)) {
            workflow.apply(s, s.prepareDischarge("遵纪守法,按时报告", "矫正表现良好", termEnd.minusDays(20), today));
            workflow.apply(s, s.end(EndType.DISCHARGED_EXPIRY, null, termEnd, today));
        } else if (termEnd.minusDays(Subject.DISCHARGE_PREPARATION_DAYS).isBefore(today)) {
            workflow.apply(s, s.prepareDischarge("遵纪守法,按时报告", "矫正表现良好", today, today));
        } else if (i == 7) {
            workflow.apply(s, s.lostContact(today.minusDays(3), "已联系家属并通报公安机关协查", today));
        }
    }

    /**
     * Reports of one type from {@code from}, the day the period started, to {@code until}: each meets the period
     * running and starts the next (the applier's due date from the rule of the subject's province), on a working day
     * at its due date (a weekly report) or up to two days before (a longer period). Stops before the first report
     * that would fall after {@code until}, so the last period runs past it.
     */
    private void reports(Subject s, CheckInType type, String ruleCode, LocalDate from, LocalDate until, LocalDate today) {
        DeadlineRule rule = rules.resolve(ruleCode, s.getDivisionCode());
        LocalDate last = from;
        for (int k = 0; ; k++) {
            LocalDate due = calculator.due(last, rule.getAmount(), rule.getUnit(), rule.isExpiry()).date();
            int early = due.isAfter(last.plusDays(14)) ? k % 3 : 0;
            LocalDate on = due.minusDays(early);
            while (!calculator.isWorkingDay(on) && on.isAfter(last.plusDays(1))) {
                on = on.minusDays(1);
            }
            if (!calculator.isWorkingDay(on)) {
                on = due;
            }
            if (on.isAfter(until)) {
                return;
            }
            workflow.apply(s, s.checkIn(type, null, on, today));
            checkIns.save(new CheckIn(s, type, on, null));
            last = on;
        }
    }

    private LocalDate workingDayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!calculator.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static String court(DemoCounty county) {
        return DemoSubjects.court(county);
    }

    private void measure(Subject s, CorrectionMeasure m, String facts, LocalDate on, LocalDate today) {
        if (on.isAfter(today) || s.getStatus() != SubjectStatus.UNDER_CORRECTION) {
            return;
        }
        workflow.apply(s, s.measure(m, facts, on, today));
        measures.save(new Measure(s, m, facts, "谈话笔录", on));
    }
}
