package cn.sifa.review;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.ApiTestSupport;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;

/** The review-appeal API tests' base: core {@link ApiTestSupport} (today is the fixed TestClock's) plus record builders. */
@SifaIntegrationTest(classes = ReviewAppealTestApplication.class)
public abstract class ReviewAppealApiTest extends ApiTestSupport {

    protected static final String API = "/api/review/v1";
    protected static final String KAIFU = "430105";
    protected static final String JINYUN = "331122";

    protected final SifaPrincipal kaifu = TestCallers.client(KAIFU, "review.read", "review.write");
    protected final SifaPrincipal jinyun = TestCallers.client(JINYUN, "review.read", "review.write");
    protected final SifaPrincipal kaifuStaff = TestCallers.staff(KAIFU, cn.sifa.core.security.Role.REVIEW_STAFF);
    protected final SifaPrincipal jinyunStaff = TestCallers.staff(JINYUN, cn.sifa.core.security.Role.REVIEW_STAFF);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A reconsideration application received on {@code receivedOn}; answers its id. */
    protected String reconsideration(SifaPrincipal who, LocalDate receivedOn, String actCategory, String amount) throws Exception {
        return read(postJson(who, API + "/reconsiderations", application(receivedOn, actCategory, amount))
                .andExpect(status().isCreated()), "$.id");
    }

    protected static String application(LocalDate receivedOn, String actCategory, String amount) {
        return """
                {"applicants":[{"kind":"NATURAL_PERSON","name":"张三","idNumber":"11010519491231002X","phone":"13800000001",
                   "address":"长沙市开福区芙蓉中路一段1号","agent":{"name":"王律师","phone":"13900000002"}}],
                 "thirdParties":[{"kind":"LEGAL_PERSON","name":"开福恒信物流有限公司","creditCode":"91430105562459083D"}],"respondentAgency":{"name":"某区市场监督管理局","creditCode":"91430105562459083D"},
                 "actCategory":"%s","actDescription":"罚款的行政处罚决定","actDate":"%s","knewOn":"%s","receivedOn":"%s",
                 "requests":"撤销该行政处罚决定","amountInvolved":%s,"channel":"WRITTEN"}"""
                .formatted(actCategory, receivedOn.minusDays(12), receivedOn.minusDays(10), receivedOn, amount);
    }

    /** POSTs a step with the record's current version as If-Match. */
    protected ResultActions step(SifaPrincipal who, String path, String json) throws Exception {
        String version = read(getJson(who, path.substring(0, path.lastIndexOf('/'))), "$.version").toString();
        return postJson(who, path, "\"" + version + "\"", json);
    }

    protected ResultActions postWithKey(SifaPrincipal who, String path, String key, String json) throws Exception {
        return perform(who, post(path).header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    protected static UUID uuid(String s) {
        return UUID.fromString(s);
    }
}
