package cn.sifa.enforcement.filing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.sifa.enforcement.action.PenaltyKind;
import cn.sifa.enforcement.filing.PenaltyFilingRequests.CorrectionRequest;
import cn.sifa.enforcement.filing.PenaltyFilingRequests.FileRequest;
import cn.sifa.enforcement.filing.PenaltyFilingRequests.ReviewRequest;
import cn.sifa.enforcement.demo.EnforcementDemoCounty;
import cn.sifa.enforcement.demo.FeatureDemo;

/** Demo: filings on time and late, reviewed with and without correction. */
@Component
@Profile("demo")
class PenaltyFilingDemo implements FeatureDemo {

    private final PenaltyFilingService filings;

    PenaltyFilingDemo(PenaltyFilingService filings) {
        this.filings = filings;
    }

    @Override
    public void seed(EnforcementDemoCounty c) {
        file(c, 0, "某商贸公司销售侵权商品案", 12, 5, List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_PROPERTY), "150000");
        UUID ok = file(c, 1, "某工地违规排放渣土案", 50, 40, List.of(PenaltyKind.FINE), "80000");
        filings.review(ok, null, new ReviewRequest(FilingReviewResult.NO_ISSUE, "程序合法,处罚适当", c.daysAgo(30)));
        UUID late = file(c, 3, "某企业未落实安全生产责任案", 90, 55, List.of(PenaltyKind.FINE, PenaltyKind.ORDER_SUSPENSION), "300000");
        filings.review(late, null, new ReviewRequest(FilingReviewResult.CORRECTION_REQUIRED, "未告知听证权利,责令纠正", c.daysAgo(50)));
        filings.reportCorrection(late, null, new CorrectionRequest(c.daysAgo(35), "已撤销原决定,重新履行告知程序后作出决定"));
        file(c, 2, "某运输公司无证经营道路运输案", 20, 3, List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_GAINS), "60000");
    }

    private UUID file(EnforcementDemoCounty c, int agency, String title, int decidedDaysAgo, int filedDaysAgo, List<PenaltyKind> kinds, String amount) {
        return filings.file(new FileRequest(c.agency(agency), title, c.enterprises().values().stream().skip(10 + c.random().nextInt(10))
                .findFirst().orElseThrow(), null, kinds, new BigDecimal(amount), c.daysAgo(decidedDaysAgo), c.daysAgo(filedDaysAgo)))
                .id();
    }
}
