package cn.sifa.correction.monitoring;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.deadline.DeadlineUnit;
import cn.sifa.core.demo.DemoCounties.DemoCounty;
import cn.sifa.core.demo.DemoSeeder;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.correction.subject.Subject;
import cn.sifa.correction.subject.SubjectStatus;
import cn.sifa.correction.subject.DemoSubjects;

/** Demo: per county one period expiring within days (an alert), one renewed, one ended; through the applier. */
@Component
@Profile("demo")
@Order(32)
class MonitoringDemo implements DemoSeeder {

    private final DemoSubjects demoSubjects;
    private final Workflow workflow;

    MonitoringDemo(DemoSubjects demoSubjects, Workflow workflow) {
        this.demoSubjects = demoSubjects;
        this.workflow = workflow;
    }

    @Override
    public boolean seeded(DemoCounty county) {
        return demoSubjects.haveRecordsIn("cr_monitoring", county);
    }

    @Override
    public void seed(DemoCounty county, LocalDate today) {
        List<Subject> under = demoSubjects.in(county, SubjectStatus.UNDER_CORRECTION);
        MonitoringGround[] grounds = {MonitoringGround.LEFT_WITHOUT_APPROVAL, MonitoringGround.REFUSED_REPORTING_WARNED,
                MonitoringGround.PROHIBITION_ORDER_VIOLATED};
        for (int i = 0; i < Math.min(3, under.size()); i++) {
            Subject s = under.get(under.size() - 1 - i);
            LocalDate start = today.minusDays(85L - i * 20L);
            if (start.isBefore(s.getReportedOn())) {
                continue;
            }
            LocalDate end = DeadlineCalculator.expiryOf(start, 3, DeadlineUnit.MONTH);
            workflow.apply(s, s.subRecord("electronic-monitoring", "approvedOn", start, "使用电子定位装置:" + grounds[i].label(), today));
            Monitoring m = new Monitoring(s, grounds[i], "经查实," + grounds[i].label(), county.shortName() + "司法局局长", start, start, end,
                    "再次违规风险较高,建议使用电子定位装置", "DW-" + county.code() + "-" + (i + 1), county.shortName() + "行政区域内");
            workflow.create(m, Monitoring::registration);
            if (i == 1) {
                LocalDate renewed = today.minusDays(2);
                workflow.apply(m, m.renew(DeadlineCalculator.expiryOf(end.plusDays(1), 2, DeadlineUnit.MONTH),
                        DeadlineCalculator.expiryOf(end.plusDays(1), 3, DeadlineUnit.MONTH), "重新评估:仍有脱管风险", county.shortName() + "司法局局长",
                        renewed, today));
            } else if (i == 2) {
                workflow.apply(m, m.end("表现良好,不再需要", today.minusDays(1), today));
            }
        }
    }
}
