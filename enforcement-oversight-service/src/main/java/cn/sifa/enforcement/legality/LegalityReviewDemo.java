package cn.sifa.enforcement.legality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.sifa.enforcement.legality.LegalityReviewRequests.AdoptionRequest;
import cn.sifa.enforcement.legality.LegalityReviewRequests.OpinionRequest;
import cn.sifa.enforcement.legality.LegalityReviewRequests.ReceiveRequest;
import cn.sifa.enforcement.legalreview.ReviewOpinion;
import cn.sifa.enforcement.demo.EnforcementDemoCounty;
import cn.sifa.enforcement.demo.FeatureDemo;

/** Demo: contracts (with amounts), meeting agenda items and major decisions; most opinions adopted. */
@Component
@Profile("demo")
class LegalityReviewDemo implements FeatureDemo {

    private final LegalityReviewService reviews;

    LegalityReviewDemo(LegalityReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void seed(EnforcementDemoCounty c) {
        receive(c, LegalitySubjectType.MAJOR_DECISION, "城区停车收费标准调整方案", "发展和改革局", null, null, 4);
        UUID contract = receive(c, LegalitySubjectType.CONTRACT, "老旧小区改造工程施工合同", "住房和城乡建设局", "86000000", null, 40);
        close(c, contract, ReviewOpinion.AMEND, "违约责任条款不对等,建议补充履约担保", 33, true, 25);
        UUID agenda = receive(c, LegalitySubjectType.MEETING_AGENDA, "关于优化营商环境若干措施(常务会议议题)", "政府办公室", null, c.daysAgo(10), 30);
        close(c, agenda, ReviewOpinion.LAWFUL, "符合法律法规规定", 26, true, 10);
        UUID lease = receive(c, LegalitySubjectType.CONTRACT, "国有资产租赁合同", "机关事务服务中心", "1250000", null, 60);
        close(c, lease, ReviewOpinion.AMEND, "租金调整机制不明确", 55, false, 45);
        UUID ppp = receive(c, LegalitySubjectType.CONTRACT, "污水处理厂特许经营协议", "水利局", "320000000", null, 20);
        reviews.giveOpinion(ppp, null, new OpinionRequest(ReviewOpinion.LAWFUL, "协议内容合法", c.daysAgo(12)));
    }

    private UUID receive(EnforcementDemoCounty c, LegalitySubjectType type, String title, String unit, String amount, LocalDate meeting, int daysAgo) {
        return reviews.receive(new ReceiveRequest(c.divisionCode(), type, title, c.shortName() + unit,
                amount == null ? null : new BigDecimal(amount), meeting, c.daysAgo(daysAgo))).id();
    }

    private void close(EnforcementDemoCounty c, UUID id, ReviewOpinion opinion, String text, int opinionDaysAgo, boolean adopted, int adoptedDaysAgo) {
        reviews.giveOpinion(id, null, new OpinionRequest(opinion, text, c.daysAgo(opinionDaysAgo)));
        reviews.recordAdoption(id, null, new AdoptionRequest(adopted, c.daysAgo(adoptedDaysAgo)));
    }
}
