package cn.sifa.enforcement.complaint;

import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.sifa.enforcement.complaint.ComplaintRequests.CloseRequest;
import cn.sifa.enforcement.complaint.ComplaintRequests.DocumentRequest;
import cn.sifa.enforcement.complaint.ComplaintRequests.InvestigateRequest;
import cn.sifa.enforcement.complaint.ComplaintRequests.ReceiveRequest;
import cn.sifa.enforcement.complaint.ComplaintRequests.ReportRequest;
import cn.sifa.enforcement.demo.EnforcementDemoCounty;
import cn.sifa.enforcement.demo.FeatureDemo;

/** Demo: complaints at every step, one unfounded, one rectified after a 执法监督意见书. */
@Component
@Profile("demo")
class ComplaintDemo implements FeatureDemo {

    private final ComplaintService complaints;

    ComplaintDemo(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public void seed(EnforcementDemoCounty c) {
        receive(c, 0, "执法人员在检查时未出示执法证件", 3);
        UUID investigating = receive(c, 1, "城管执法人员暂扣三轮车未开具清单", 15);
        complaints.investigate(investigating, null, new InvestigateRequest("system", c.daysAgo(14)));
        UUID rectifying = receive(c, 2, "同一事项一个月内被重复检查三次", 40);
        complaints.investigate(rectifying, null, new InvestigateRequest("system", c.daysAgo(38)));
        complaints.issueDocument(rectifying, null, new DocumentRequest(SupervisionDocumentType.REMINDER_LETTER,
                c.shortName() + "司执提〔" + c.today().getYear() + "〕1号", "检查频次过高,未执行综合查一次", c.daysAgo(25)));
        UUID closed = receive(c, 0, "罚款未告知陈述申辩权利", 90);
        complaints.investigate(closed, null, new InvestigateRequest("system", c.daysAgo(88)));
        complaints.issueDocument(closed, null, new DocumentRequest(SupervisionDocumentType.SUPERVISION_OPINION,
                c.shortName() + "司监意〔" + c.today().getYear() + "〕2号", "处罚程序违法", c.daysAgo(70)));
        complaints.report(closed, null, new ReportRequest("已撤销原处罚决定,对承办人员批评教育并组织程序培训", c.daysAgo(45)));
        complaints.close(closed, null, new CloseRequest("整改到位,予以办结", c.daysAgo(40)));
        UUID unfounded = receive(c, 3, "执法人员态度粗暴", 60);
        complaints.investigate(unfounded, null, new InvestigateRequest("system", c.daysAgo(59)));
        complaints.close(unfounded, null, new CloseRequest("经调阅执法记录仪视频,执法人员文明执法,投诉不成立", c.daysAgo(50)));
    }

    private UUID receive(EnforcementDemoCounty c, int agency, String summary, int daysAgo) {
        return complaints.receive(new ReceiveRequest(c.agency(agency), c.names().person(),
                c.names().phone(), summary, c.daysAgo(daysAgo))).id();
    }
}
