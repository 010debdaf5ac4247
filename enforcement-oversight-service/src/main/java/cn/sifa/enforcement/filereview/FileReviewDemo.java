package cn.sifa.enforcement.filereview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.sifa.enforcement.demo.EnforcementDemoCounty;
import cn.sifa.enforcement.demo.FeatureDemo;
import cn.sifa.enforcement.filereview.FileReviewRequests.DeductionRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.NotifyRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.PlanRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.RectifyRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.SampleRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.ScoreRequest;

/** Demo: last year's plan, a 2% sample, cross-scored files in every state, through the service's steps. */
@Component
@Profile("demo")
class FileReviewDemo implements FeatureDemo {

    private final FileReviewService reviews;
    private final FileReviews files;

    FileReviewDemo(FileReviewService reviews, FileReviews files) {
        this.reviews = reviews;
        this.files = files;
    }

    @Override
    public void seed(EnforcementDemoCounty c) {
        int last = c.today().getYear() - 1;
        UUID plan = reviews.createPlan(new PlanRequest(c.divisionCode(), last + "年度行政执法案卷集中评查", LocalDate.of(last, 1, 1),
                LocalDate.of(last, 12, 31), new BigDecimal("0.02"), 20260101L + c.divisionCode().hashCode(), null, null, null)).id();
        reviews.sample(plan, null, new SampleRequest(c.daysAgo(120)));
        List<FileReview> drawn = files.findByPlanIdOrderById(plan);
        int n = 0;
        for (FileReview f : drawn) {
            if (n >= 16) {
                break;
            }
            int idx = c.agencyIds().indexOf(f.getAgencyId());
            UUID reviewer = c.officers().get(c.agency(idx + 1)).get(1);
            List<DeductionRequest> deductions = switch (n % 4) {
                case 0 -> List.of();
                case 1 -> List.of(new DeductionRequest("DOCUMENTS", new BigDecimal("3"), "送达回证填写不完整"));
                case 2 -> List.of(new DeductionRequest("PROCEDURE", new BigDecimal("12"), "未告知陈述申辩权利"),
                        new DeductionRequest("EVIDENCE", new BigDecimal("10"), "现场检查笔录无当事人签字"));
                default -> List.of(new DeductionRequest("PROCEDURE", new BigDecimal("25"), "未经法制审核"),
                        new DeductionRequest("LAW", new BigDecimal("20"), "适用法律条款错误"));
            };
            reviews.score(f.getId(), null, new ScoreRequest(reviewer, deductions, c.daysAgo(100 - n)));
            if (n % 3 != 2) {
                reviews.notifyResult(f.getId(), null, new NotifyRequest(c.daysAgo(80)));
                if (n % 4 != 0 && n % 2 == 1) {
                    reviews.rectify(f.getId(), null, new RectifyRequest("已补正文书并组织专题学习", c.daysAgo(50)));
                }
            }
            n++;
        }
    }
}
