package cn.sifa.correction.education;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.sifa.core.demo.DemoCounties.DemoCounty;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.core.demo.DemoSeeder;
import cn.sifa.correction.subject.Subject;
import cn.sifa.correction.subject.SubjectStatus;
import cn.sifa.correction.subject.DemoSubjects;

/** Demo: monthly education and community service of a county's subjects under correction over the last three months. */
@Component
@Profile("demo")
@Order(33)
class EducationDemo implements DemoSeeder {

    private static final String[] TOPICS = {"社区矫正法律法规学习", "道德与法治讲座", "心理健康辅导", "就业技能培训"};
    private static final EducationType[] TYPES = {EducationType.LEGAL_EDUCATION, EducationType.GROUP_EDUCATION,
            EducationType.PSYCHOLOGICAL, EducationType.VOCATIONAL_TRAINING};
    private static final String[] SERVICES = {"社区环境清扫", "敬老院志愿服务", "交通文明劝导", "图书馆整理"};

    private final DemoSubjects demoSubjects;
    private final EducationRecords records;
    private final Workflow workflow;

    EducationDemo(DemoSubjects demoSubjects, EducationRecords records, Workflow workflow) {
        this.demoSubjects = demoSubjects;
        this.records = records;
        this.workflow = workflow;
    }

    @Override
    public boolean seeded(DemoCounty county) {
        return demoSubjects.haveRecordsIn("cr_education_record", county);
    }

    @Override
    public void seed(DemoCounty county, LocalDate today) {
        List<Subject> under = demoSubjects.in(county, SubjectStatus.UNDER_CORRECTION);
        for (int i = 0; i < under.size(); i++) {
            Subject s = under.get(i);
            for (int month = 3; month >= 1; month--) {
                LocalDate on = today.minusMonths(month).plusDays(i % 20);
                if (on.isBefore(s.getReportedOn()) || on.isAfter(today)) {
                    continue;
                }
                int k = (i + month) % TOPICS.length;
                add(s, "education-records", ActivityKind.EDUCATION, TYPES[k], TOPICS[k], on, new BigDecimal("2"), today);
                add(s, "community-service", ActivityKind.COMMUNITY_SERVICE, null, SERVICES[k], on.plusDays(1), new BigDecimal(4 + i % 3), today);
            }
        }
    }

    private void add(Subject s, String action, ActivityKind kind, EducationType type, String topic, LocalDate on, BigDecimal hours,
                     LocalDate today) {
        if (on.isAfter(today)) {
            return;
        }
        workflow.apply(s, s.subRecord(action, "heldOn", on, topic + "," + hours + "小时", today));
        records.save(new EducationRecord(s, kind, type, topic, "社区矫正中心", on, hours));
    }
}
