package cn.sifa.correction.leave;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.sifa.core.demo.DemoCounties.DemoCounty;
import cn.sifa.core.demo.DemoSeeder;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.correction.subject.Subject;
import cn.sifa.correction.subject.SubjectStatus;
import cn.sifa.correction.subject.DemoSubjects;

/**
 * Demo: leave requests of a county's subjects under correction, through the aggregates and the applier: trips back
 * in time, one approved trip not yet over, one return overdue (an alert), and a pending 35-day request for the next
 * higher agency.
 */
@Component
@Profile("demo")
@Order(31)
class LeaveDemo implements DemoSeeder {

    private static final String[] PLACES = {"湖南省株洲市", "广东省深圳市", "湖北省武汉市", "江西省南昌市", "浙江省杭州市", "上海市"};
    private static final String[] REASONS = {"探望病重的亲属", "参加亲属婚礼", "外出务工洽谈", "就医复查", "处理房产事务", "子女升学事宜"};

    private final DemoSubjects demoSubjects;
    private final Leaves leaves;
    private final Workflow workflow;

    LeaveDemo(DemoSubjects demoSubjects, Leaves leaves, Workflow workflow) {
        this.demoSubjects = demoSubjects;
        this.leaves = leaves;
        this.workflow = workflow;
    }

    @Override
    public boolean seeded(DemoCounty county) {
        return demoSubjects.haveRecordsIn("cr_leave_request", county);
    }

    @Override
    public void seed(DemoCounty county, LocalDate today) {
        List<Subject> under = demoSubjects.in(county, SubjectStatus.UNDER_CORRECTION);
        for (int i = 0; i < Math.min(8, under.size()); i++) {
            Subject s = under.get(i);
            LocalDate reported = s.getReportedOn();
            LocalDate from = today.minusDays(40L - i * 5L);
            if (from.isBefore(reported.plusDays(3))) {
                continue;
            }
            int days = switch (i % 4) {
                case 0 -> 3;
                case 1 -> 10;
                case 2 -> 5;
                default -> 35;
            };
            LocalDate to = from.plusDays(days - 1L);
            LocalDate asked = from.minusDays(3);
            workflow.apply(s, s.subRecord("leave-requests", "requestedOn", asked, "单次外出申请:" + PLACES[i % PLACES.length], today));
            int earlier = (int) leaves.approvedDays(s.getId(), from.minusMonths(ApproverLevel.WINDOW_MONTHS), from);
            LeaveRequest l = new LeaveRequest(s, LeaveKind.SINGLE, PLACES[i % PLACES.length], REASONS[i % REASONS.length], from, to, asked,
                    earlier);
            workflow.create(l, LeaveRequest::registration);
            if (l.getRequiredLevel() == ApproverLevel.HIGHER_AGENCY) {
                continue; // waiting for the higher agency
            }
            workflow.apply(l, l.approve(l.getRequiredLevel() == ApproverLevel.JUSTICE_OFFICE ? "司法所所长" : "社区矫正管理局局长",
                    l.getRequiredLevel(), "同意,按时返回报告", asked.plusDays(1), today));
            boolean overdue = i == 2;
            if (!overdue && to.isBefore(today)) {
                workflow.apply(l, l.returned(to.plusDays(1), "按期返回,当面报告", today));
            }
        }
    }
}
