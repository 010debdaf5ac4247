package cn.sifa.correction;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import cn.sifa.core.demo.DemoNames;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.TestStaff;
import cn.sifa.core.testing.ApiTestSupport;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;

/** The correction API tests' base: core {@link ApiTestSupport} (today is the fixed TestClock's) plus record builders. */
@SifaIntegrationTest(classes = CorrectionTestApplication.class)
public abstract class CorrectionApiTest extends ApiTestSupport {

    protected static final String API = "/api/correction/v1";
    protected static final String KAIFU = "430105";
    protected static final String JINYUN = "331122";

    protected final SifaPrincipal staff = TestCallers.staff(KAIFU, Role.CORRECTION_STAFF);
    protected final SifaPrincipal jinyunStaff = TestCallers.staff(JINYUN, Role.CORRECTION_STAFF);
    protected final SifaPrincipal client = TestCallers.client(KAIFU, "correction.read", "correction.write");
    protected final SifaPrincipal leader = TestCallers.staff(KAIFU, Role.BUREAU_LEADER);
    protected UUID agency;

    @BeforeEach
    void correctionAgencies() {
        agency = agency(KAIFU);
        agency(JINYUN);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A 社区矫正机构 of the division (the default executing agency when the request names none). */
    protected UUID agency(String division) {
        return TestStaff.ensureOrganization(jdbc, division, "CORRECTION_AGENCY", "测试社区矫正管理局 " + division, "矫");
    }

    protected static String idNumber(String salt, LocalDate born) {
        DemoNames names = DemoNames.forCounty(KAIFU, "correction-test-" + salt);
        return names.idNumberBornOn(KAIFU, true, born);
    }

    protected static String intake(String kind, String extra, LocalDate effective, LocalDate termEnd, String idNumber) {
        return """
                {"person":{"name":"李明","idNumber":"%s","phone":"13800138000"},"gender":"MALE","kind":"%s",%s
                 "decidingAuthority":"长沙市开福区人民法院","judgmentEffectiveOn":"%s","termStart":"%s","termEnd":"%s","crime":"危险驾驶罪"}"""
                .formatted(idNumber, kind, extra, effective, effective, termEnd);
    }

    protected String create(SifaPrincipal who, String json) throws Exception {
        return read(postJson(who, API + "/subjects", json).andExpect(status().isCreated()), "$.id");
    }

    /** Reported two days ago, team, plan, NORMAL level: under correction, as of today; answers the subject's path. */
    protected String underCorrection(String kind, String extra, String number) throws Exception {
        String path = API + "/subjects/" + create(staff, intake(kind, extra, today().minusDays(5), today().plusYears(1), number));
        postJson(staff, path + "/report-in", "{\"reportedOn\":\"" + today().minusDays(2) + "\"}").andExpect(status().isOk());
        postJson(staff, path + "/team", "{\"members\":\"王所长、李社工\",\"includesWoman\":true}").andExpect(status().isOk());
        postJson(staff, path + "/plan", "{\"plan\":\"每月报告\"}").andExpect(status().isOk());
        postJson(staff, path + "/supervision-level", "{\"level\":\"NORMAL\"}").andExpect(status().isOk());
        return path;
    }

    protected String etag(SifaPrincipal who, String path) throws Exception {
        return getJson(who, path).andReturn().getResponse().getHeader("ETag");
    }
}
