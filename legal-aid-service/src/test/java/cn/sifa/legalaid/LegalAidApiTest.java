package cn.sifa.legalaid;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;

import cn.sifa.core.demo.DemoNames;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.TestStaff;
import cn.sifa.core.testing.ApiTestSupport;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;

/** The legal-aid API tests' base: core {@link ApiTestSupport} (today is the fixed TestClock's) plus record builders. */
@SifaIntegrationTest(classes = LegalAidTestApplication.class)
public abstract class LegalAidApiTest extends ApiTestSupport {

    protected static final String API = "/api/legal-aid/v1";
    protected static final String KAIFU = "430105";
    protected static final String JINYUN = "331122";
    private static final AtomicInteger SEQ = new AtomicInteger();

    protected final SifaPrincipal kaifu = TestCallers.client(KAIFU, "legal-aid.read", "legal-aid.write");
    protected final SifaPrincipal jinyun = TestCallers.client(JINYUN, "legal-aid.read", "legal-aid.write");
    protected final SifaPrincipal kaifuStaff = TestCallers.staff(KAIFU, Role.LEGAL_AID_STAFF);

    @BeforeEach
    void bureaus() {
        ensureBureau(KAIFU, "长沙市开福区司法局", "开福");
        ensureBureau(JINYUN, "缙云县司法局", "缙云");
    }

    /** The 司法局 whose 援 series numbers the county's cases, as the core demo loader or an admin would create it. */
    protected void ensureBureau(String divisionCode, String name, String shortName) {
        TestStaff.ensureOrganization(jdbc, divisionCode, "BUREAU", name, shortName);
    }

    protected static int seq() {
        return SEQ.incrementAndGet();
    }

    protected static String idNumber(String county, int salt) {
        return DemoNames.forCounty(county, "legal-aid-test-" + salt).idNumberBornOn(county, salt % 2 == 0, LocalDate.of(1980, 1, 1).plusDays(salt));
    }

    protected String applicationJson(String county, String receivedOn, String extra) {
        return """
                {"applicant":{"name":"王某%d","idNumber":"%s","phone":"13800138%03d"},
                 "category":"CIVIL","matter":"LABOUR_REMUNERATION","aidForm":"CIVIL_ADMIN_STATE_COMP_AGENCY",
                 "specialGroups":["MIGRANT_WORKER"],"channel":"WINDOW","economicStatus":"VERIFICATION_EXEMPT",
                 "receivedOn":"%s","summary":"某建筑公司拖欠工资三个月"%s}"""
                .formatted(seq(), idNumber(county, seq()), seq() % 1000, receivedOn, extra == null ? "" : "," + extra);
    }

    /** A new application under review. @return its id */
    protected String application(SifaPrincipal who, String county, String receivedOn) throws Exception {
        return read(postJson(who, API + "/applications", applicationJson(county, receivedOn, null)).andExpect(status().isCreated()), "$.id");
    }

    /** A provider on the caller's roster. @return its id */
    protected String provider(SifaPrincipal who, String kind, String criminalPracticeSince) throws Exception {
        String json = """
                {"name":"援助人员%d","kind":"%s","firm":"湖南某某律师事务所","licenceNo":"1430%d%s","phone":"13912345678"%s}"""
                .formatted(seq(), kind, seq(), UUID.randomUUID().toString().substring(0, 6),
                        criminalPracticeSince == null ? "" : ",\"criminalPracticeSince\":\"" + criminalPracticeSince + "\"");
        return read(postJson(who, API + "/providers", json).andExpect(status().isCreated()), "$.id");
    }

    /** A provider of a named firm, with a given name. @return its id */
    protected String provider(SifaPrincipal who, String name, String kind, String firm) throws Exception {
        String json = """
                {"name":"%s","kind":"%s","firm":"%s","licenceNo":"1430%d%s","phone":"13912345678"}"""
                .formatted(name, kind, firm, seq(), UUID.randomUUID().toString().substring(0, 6));
        return read(postJson(who, API + "/providers", json).andExpect(status().isCreated()), "$.id");
    }

    /** An application granted on receipt, with the given extra JSON members. @return the id of the case it opened */
    protected String grantedCase(SifaPrincipal who, String county, String receivedOn, String extra) throws Exception {
        String id = read(postJson(who, API + "/applications", applicationJson(county, receivedOn, extra)).andExpect(status().isCreated()), "$.id");
        return read(postJson(who, API + "/applications/" + id + "/decision", "{\"granted\":true,\"decidedOn\":\"" + receivedOn + "\"}")
                .andExpect(status().isOk()), "$.caseId");
    }

    protected long version(SifaPrincipal who, String path) throws Exception {
        return ((Number) read(getJson(who, path).andExpect(status().isOk()), "$.version")).longValue();
    }

    protected static String etag(long version) {
        return "\"" + version + "\"";
    }
}
