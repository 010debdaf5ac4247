package cn.sifa.enforcement.normative;

import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.sifa.enforcement.normative.NormativeDocumentRequests.CorrectionRequest;
import cn.sifa.enforcement.normative.NormativeDocumentRequests.FileRequest;
import cn.sifa.enforcement.normative.NormativeDocumentRequests.ReviewRequest;
import cn.sifa.enforcement.demo.EnforcementDemoCounty;
import cn.sifa.enforcement.demo.FeatureDemo;

/** Demo: normative documents filed on time and late, reviewed, one corrected. */
@Component
@Profile("demo")
class NormativeDocumentDemo implements FeatureDemo {

    private final NormativeDocumentService documents;

    NormativeDocumentDemo(NormativeDocumentService documents) {
        this.documents = documents;
    }

    @Override
    public void seed(EnforcementDemoCounty c) {
        int y = c.today().getYear();
        file(c, c.shortName() + "区域轻微违法行为免罚清单", "政发〔" + y + "〕3号", 20, 10);
        UUID fine = file(c, "关于进一步规范涉企行政检查的通知", "政办发〔" + y + "〕7号", 80, 70);
        documents.review(fine, null, new ReviewRequest(false, "未发现问题", c.daysAgo(50)));
        UUID late = file(c, "城区占道经营管理办法", "政发〔" + y + "〕1号", 150, 100);
        documents.review(late, null, new ReviewRequest(true, "第八条设定罚款超出上位法规定幅度,应予纠正", c.daysAgo(80)));
        documents.reportCorrection(late, null, new CorrectionRequest("已删除第八条第二款并重新公布", c.daysAgo(60)));
    }

    private UUID file(EnforcementDemoCounty c, String title, String no, int publishedDaysAgo, int filedDaysAgo) {
        return documents.file(new FileRequest(c.divisionCode(), title, c.shortName() + no, c.place() + "人民政府",
                c.daysAgo(publishedDaysAgo), c.daysAgo(filedDaysAgo))).id();
    }
}
