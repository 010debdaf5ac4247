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
import cn.sifa.core.workflow.Workflow;

/**
 * Demo: each county's register (METRICS.md: 在册 390, 解矫 most of the 累计接收; about 7% 训诫, few 警告), scaled
 * down to {@value #PER_COUNTY} subjects so that first start stays fast. Through the aggregate and the core applier;
 * assigned only to a correction login of the county itself.
 */
@Component
@Profile("demo")
@Order(30)
class SubjectDemo implements DemoSeeder {

    static final int PER_COUNTY = 40;
    private static final String[] CRIMES = {"危险驾驶罪", "盗窃罪", "诈骗罪", "故意伤害罪", "交通肇事罪", "开设赌场罪", "帮助信息网络犯罪活动罪"};

    private final Subjects subjects;
    private final Measures measures;
    private final CheckIns checkIns;
    private final Workflow workflow;
    private final JdbcTemplate jdbc;

    SubjectDemo(Subjects subjects, Measures measures, CheckIns checkIns, Workflow workflow, JdbcTemplate jdbc) {
        this.subjects = subjects;
        this.measures = measures;
        this.checkIns = checkIns;
        this.workflow = workflow;
        this.jdbc = jdbc;
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
        workflow.apply(s, s.plan("每月报告,参加集中教育和公益活动", reported, today));
        SupervisionLevel level = i % 10 == 0 ? SupervisionLevel.STRICT : i % 4 == 0 ? SupervisionLevel.LENIENT : SupervisionLevel.NORMAL;
        workflow.apply(s, s.supervisionLevel(level, reported.plusDays(1), today));
        LocalDate checkIn = reported.plusMonths(1);
        while (checkIn.isBefore(today) && checkIn.isBefore(termEnd)) {
            workflow.apply(s, s.checkIn(CheckInType.REGULAR, null, checkIn, today));
            checkIns.save(new CheckIn(s, CheckInType.REGULAR, checkIn, null));
            checkIn = checkIn.plusMonths(level == SupervisionLevel.LENIENT ? 3 : 1);
        }
        if (i % 14 == 3) {
            measure(s, CorrectionMeasure.ADMONITION, "未按规定时间报告", reported.plusMonths(2), today);
        }
        if (i == 9) {
            measure(s, CorrectionMeasure.WARNING, "未经批准离开所居住的市、县", reported.plusMonths(3), today);
        }
        if (i == REOFFENDING && termEnd.isAfter(today) && reported.isBefore(today.minusDays(30))) {
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
