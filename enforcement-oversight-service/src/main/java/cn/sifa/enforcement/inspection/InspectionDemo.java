package cn.sifa.enforcement.inspection;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.inspection.InspectionRequests.ApproveRequest;
import cn.sifa.enforcement.inspection.InspectionRequests.CheckInRequest;
import cn.sifa.enforcement.inspection.InspectionRequests.CompleteRequest;
import cn.sifa.enforcement.inspection.InspectionRequests.NoticeRequest;
import cn.sifa.enforcement.inspection.InspectionRequests.RequestInspection;
import cn.sifa.enforcement.demo.EnforcementDemoCounty;
import cn.sifa.enforcement.demo.FeatureDemo;

/** Demo: completed, joint, at-the-cap and white-listed inspections. */
@Component
@Profile("demo")
class InspectionDemo implements FeatureDemo {

    private final InspectionService inspections;

    InspectionDemo(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public void seed(EnforcementDemoCounty c) {
        List<String> codes = new ArrayList<>(c.enterprises().keySet());
        // codes 0 and 1 are white-listed by the loader.
        String busy = codes.get(5);
        complete(c, 0, List.of(), busy, 120);
        complete(c, 1, List.of(c.agency(3)), busy, 60);
        inspections.request(request(c, 3, List.of(), busy, 6, 3));
        UUID joint = inspections.request(request(c, 0, List.of(c.agency(1), c.agency(5)), codes.get(6), 10, -3)).id();
        inspections.approve(joint, null, new ApproveRequest(ApprovalLevel.UNIT, "局长", c.daysAgo(9)));
        UUID white = inspections.request(request(c, 2, List.of(), codes.get(0), 5, -5)).id();
        inspections.approve(white, null, new ApproveRequest(ApprovalLevel.GOVERNMENT, c.shortName() + "司法局", c.daysAgo(4)));
        inspections.notifyEnterprise(white, null, new NoticeRequest(c.daysAgo(3)));
        for (int i = 0; i < 4; i++) {
            complete(c, i, List.of(), codes.get(10 + i), 30 + 20 * i);
        }
    }

    private void complete(EnforcementDemoCounty c, int agency, List<UUID> joint, String code, int plannedDaysAgo) {
        UUID id = inspections.request(request(c, agency, joint, code, plannedDaysAgo + 10, plannedDaysAgo)).id();
        inspections.approve(id, null, new ApproveRequest(ApprovalLevel.UNIT, "分管局长", c.daysAgo(plannedDaysAgo + 8)));
        inspections.notifyEnterprise(id, null, new NoticeRequest(c.daysAgo(plannedDaysAgo + 3)));
        LocalDate day = c.daysAgo(plannedDaysAgo);
        List<UUID> team = c.officers().get(c.agency(agency)).subList(3, 5);
        inspections.checkIn(id, null, new CheckInRequest(OffsetDateTime.of(day, LocalTime.of(9, 30), StepDates.ZONE.getRules().getOffset(day.atStartOfDay())),
                "QR-" + c.divisionCode() + "-" + day.toString().replace("-", "") + "-" + id.toString().substring(0, 4), team));
        inspections.complete(id, null, new CompleteRequest(c.random().nextInt(4) == 0 ? "发现消防通道堵塞,已责令当场整改" : "未发现违法行为", day));
    }

    private RequestInspection request(EnforcementDemoCounty c, int agency, List<UUID> joint, String code, int requestedDaysAgo, int plannedDaysAgo) {
        return new RequestInspection(c.agency(agency), joint, c.enterprises().get(code), code, "《中华人民共和国安全生产法》第六十五条",
                "安全生产主体责任落实情况", c.daysAgo(requestedDaysAgo), c.daysAgo(plannedDaysAgo));
    }
}
