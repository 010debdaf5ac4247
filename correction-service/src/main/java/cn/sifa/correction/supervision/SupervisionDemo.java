package cn.sifa.correction.supervision;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.sifa.core.demo.DemoCounties.DemoCounty;
import cn.sifa.core.demo.DemoNames;
import cn.sifa.core.demo.DemoSeeder;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.correction.subject.DemoSubjects;
import cn.sifa.correction.subject.Subject;
import cn.sifa.correction.subject.SubjectStatus;
import cn.sifa.correction.subject.SupervisionLevel;

/**
 * Demo: 走访 and 心理评估 of a county's subjects under correction since their report-in, through the aggregate and the
 * applier (a history line each, as the API writes). A first home visit a week after report-in, then one every month
 * (严管), three months (普管) or six months (宽管); an intake assessment within the first month, re-assessed after three
 * months while the risk is high and six while it is medium (开福 printed 心理测量 171 in a half year with about 150
 * intakes: mostly intake assessments). These intervals are local practice, not statute.
 */
@Component
@Profile("demo")
@Order(35)
class SupervisionDemo implements DemoSeeder {

    private static final String FIRST_VISIT = "入矫后首次家访:到矫正对象家中走访,核实居住地址和家庭成员,家属表示支持配合监督管理";
    private static final VisitPlace[] PLACES = {VisitPlace.HOME, VisitPlace.WORKPLACE, VisitPlace.HOME, VisitPlace.COMMUNITY};
    private static final String[] FINDINGS = {
            "到矫正对象家中走访,了解家庭及就业情况:家庭关系和睦,在本地务工,收入基本稳定",
            "到矫正对象工作单位走访,向单位负责人了解其工作表现:按时出勤,与同事相处融洽",
            "到矫正对象家中走访,与其家属交谈,了解近期思想动态和日常表现,未发现异常",
            "到所在村(居)委会走访,了解其邻里关系和遵纪守法情况,群众反映良好"};
    private static final String[] FOLLOW_UPS = {null, "督促其按时参加集中教育和公益活动", null, "协助联系职业技能培训"};
    private static final String[] INSTRUMENTS = {"SCL-90症状自评量表", "SAS焦虑自评量表", "SDS抑郁自评量表"};

    private final DemoSubjects demoSubjects;
    private final HomeVisits visits;
    private final PsychAssessments assessments;
    private final Workflow workflow;

    SupervisionDemo(DemoSubjects demoSubjects, HomeVisits visits, PsychAssessments assessments, Workflow workflow) {
        this.demoSubjects = demoSubjects;
        this.visits = visits;
        this.assessments = assessments;
        this.workflow = workflow;
    }

    @Override
    public boolean seeded(DemoCounty county) {
        return demoSubjects.haveRecordsIn("cr_home_visit", county) || demoSubjects.haveRecordsIn("cr_psych_assessment", county);
    }

    @Override
    public void seed(DemoCounty county, LocalDate today) {
        DemoNames names = DemoNames.forCounty(county.code(), "correction-supervision");
        String visitors = names.person() + "、" + names.person() + "(社会工作者)";
        String assessor = names.person() + "(心理咨询师)";
        List<Subject> under = demoSubjects.in(county, SubjectStatus.UNDER_CORRECTION);
        for (int i = 0; i < under.size(); i++) {
            Subject s = under.get(i);
            visit(s, visitors, today, names);
            assess(s, assessor, i == 4 ? PsychRiskLevel.HIGH : firstRisk(names.random().nextInt(100)), today, names);
        }
    }

    private void visit(Subject s, String visitors, LocalDate today, DemoNames names) {
        int every = s.getSupervisionLevel() == SupervisionLevel.STRICT ? 1 : s.getSupervisionLevel() == SupervisionLevel.LENIENT ? 6 : 3;
        LocalDate on = s.getReportedOn().plusDays(5 + names.random().nextInt(6));
        for (int k = 0; !on.isAfter(today); k++) {
            VisitPlace place = k == 0 ? VisitPlace.HOME : PLACES[(k - 1) % PLACES.length];
            String findings = k == 0 ? FIRST_VISIT : FINDINGS[(k - 1) % FINDINGS.length];
            workflow.apply(s, s.subRecord(SupervisionService.HOME_VISITS, "visitedOn", on, SupervisionService.visitComment(place, visitors),
                    today));
            visits.save(new HomeVisit(s, on, visitors, place, findings, k == 0 ? "按期走访,掌握其家庭变化" : FOLLOW_UPS[(k - 1) % FOLLOW_UPS.length]));
            on = on.plusMonths(every).plusDays(names.random().nextInt(7) - 3L);
        }
    }

    private void assess(Subject s, String assessor, PsychRiskLevel first, LocalDate today, DemoNames names) {
        PsychRiskLevel risk = first;
        LocalDate on = s.getReportedOn().plusDays(10 + names.random().nextInt(15));
        for (int k = 0; on != null && !on.isAfter(today); k++) {
            String instrument = INSTRUMENTS[k % INSTRUMENTS.length];
            workflow.apply(s, s.subRecord(SupervisionService.ASSESSMENTS, "assessedOn", on, SupervisionService.assessmentComment(instrument, risk),
                    today));
            assessments.save(new PsychAssessment(s, on, assessor, instrument, risk, conclusion(risk), recommendation(risk)));
            on = risk == PsychRiskLevel.LOW ? null : on.plusMonths(risk == PsychRiskLevel.HIGH ? 3 : 6);
            risk = risk == PsychRiskLevel.HIGH || names.random().nextInt(100) < 40 ? PsychRiskLevel.MEDIUM : PsychRiskLevel.LOW;
        }
    }

    /** About seven in ten low, two medium, one high at intake. */
    private static PsychRiskLevel firstRisk(int percent) {
        return percent < 70 ? PsychRiskLevel.LOW : percent < 92 ? PsychRiskLevel.MEDIUM : PsychRiskLevel.HIGH;
    }

    private static String conclusion(PsychRiskLevel risk) {
        return switch (risk) {
            case LOW -> "评估得分在正常范围,情绪稳定,心理状态总体平稳";
            case MEDIUM -> "评估得分轻度偏高,存在一定焦虑情绪,对就业和家庭经济压力有担忧";
            case HIGH -> "评估得分明显偏高,情绪低落,睡眠较差,存在心理危机风险";
        };
    }

    private static String recommendation(PsychRiskLevel risk) {
        return switch (risk) {
            case LOW -> "纳入常规教育管理";
            case MEDIUM -> "每月开展一次个别心理辅导,半年后复评";
            case HIGH -> "转介专业心理咨询机构干预,列为重点关注对象,三个月后复评";
        };
    }
}
