package cn.sifa.enforcement.legalreview;

import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.sifa.enforcement.legalreview.MajorDecisionReviewRequests.OpinionRequest;
import cn.sifa.enforcement.legalreview.MajorDecisionReviewRequests.StartReviewRequest;
import cn.sifa.enforcement.legalreview.MajorDecisionReviewRequests.SubmitRequest;
import cn.sifa.enforcement.demo.EnforcementDemoCounty;
import cn.sifa.enforcement.demo.FeatureDemo;

/** Demo: legal reviews in each state, through the same steps a user takes. */
@Component
@Profile("demo")
class MajorDecisionReviewDemo implements FeatureDemo {

    private final MajorDecisionReviewService reviews;

    MajorDecisionReviewDemo(MajorDecisionReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void seed(EnforcementDemoCounty c) {
        UUID reviewer = c.legalReviewers().get(0);
        submit(c, 0, "某食品公司生产不符合安全标准食品案", ReviewReason.PUBLIC_INTEREST, 2);
        UUID reviewing = submit(c, 1, "某建筑垃圾运输企业违规倾倒案", ReviewReason.MAJOR_RIGHTS_HEARING, 9);
        reviews.startReview(reviewing, null, new StartReviewRequest(reviewer, c.daysAgo(8), "材料齐全"));
        UUID lawful = submit(c, 0, "某药房销售假药案", ReviewReason.MAJOR_RIGHTS_HEARING, 45);
        reviews.startReview(lawful, null, new StartReviewRequest(reviewer, c.daysAgo(44), null));
        reviews.giveOpinion(lawful, null, new OpinionRequest(ReviewOpinion.LAWFUL, "事实清楚,证据确凿,适用依据正确,程序合法,同意作出处罚决定",
                c.daysAgo(41)));
        UUID amend = submit(c, 3, "某化工企业安全生产违法案", ReviewReason.COMPLEX, 70);
        reviews.startReview(amend, null, new StartReviewRequest(c.legalReviewers().get(1), c.daysAgo(69), null));
        reviews.giveOpinion(amend, null, new OpinionRequest(ReviewOpinion.AMEND, "罚款数额超出裁量基准,建议按基准第三档重新裁量",
                c.daysAgo(60)));
    }

    private UUID submit(EnforcementDemoCounty c, int agency, String title, ReviewReason reason, int daysAgo) {
        return reviews.submit(new SubmitRequest(c.agency(agency), title, c.enterprises().values().stream()
                .skip(c.random().nextInt(10)).findFirst().orElseThrow(), null, reason, c.daysAgo(daysAgo))).id();
    }
}
