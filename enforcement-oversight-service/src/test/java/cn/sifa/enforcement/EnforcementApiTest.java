package cn.sifa.enforcement;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import cn.sifa.core.demo.DemoNames;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.ApiTestSupport;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;

/** The enforcement API tests' base: core {@link ApiTestSupport} (today is the fixed TestClock's) plus record builders. */
@SifaIntegrationTest(classes = EnforcementTestApplication.class)
public abstract class EnforcementApiTest extends ApiTestSupport {

    protected static final String API = "/api/enforcement/v1";
    protected static final String KAIFU = "430105";
    protected static final String JINYUN = "331122";
    private static final AtomicInteger SEQ = new AtomicInteger();

    protected final SifaPrincipal kaifu = TestCallers.client(KAIFU, "enforcement.read", "enforcement.write");
    protected final SifaPrincipal jinyun = TestCallers.client(JINYUN, "enforcement.read", "enforcement.write");
    protected final SifaPrincipal kaifuStaff = TestCallers.staff(KAIFU, Role.ENFORCEMENT_SUPERVISOR);

    /** Any request builder, multipart ones too. */
    protected ResultActions as(SifaPrincipal who, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(as(who)));
    }

    protected static int seq() {
        return SEQ.incrementAndGet();
    }

    /** A fresh agency in the caller's division. */
    protected UUID agency(SifaPrincipal who) throws Exception {
        String json = """
                {"name":"测试执法主体%d-%s","kind":"AUTHORISED","powerCategories":["LICENSING","PENALTY","INSPECTION","COERCION"]}"""
                .formatted(seq(), UUID.randomUUID().toString().substring(0, 6));
        return UUID.fromString(read(postJson(who, API + "/agencies", json).andExpect(status().isCreated()), "$.id"));
    }

    protected UUID officer(SifaPrincipal who, UUID agencyId, boolean legalQualification) throws Exception {
        return officer(who, agencyId, legalQualification, today().plusYears(2));
    }

    protected UUID officer(SifaPrincipal who, UUID agencyId, boolean legalQualification, LocalDate validUntil) throws Exception {
        String json = """
                {"agencyId":"%s","name":"执法员%d","certificateNo":"T%d%s","certificateValidUntil":"%s","examResult":"PASSED",
                 "trainingHours":60,"legalQualification":%s}""".formatted(agencyId, seq(), seq(),
                UUID.randomUUID().toString().substring(0, 8), validUntil, legalQualification);
        return UUID.fromString(read(postJson(who, API + "/officers", json).andExpect(status().isCreated()), "$.id"));
    }

    protected static String creditCode(int salt) {
        return DemoNames.forCounty(KAIFU, "enforcement-test-" + salt).creditCode(KAIFU);
    }
}
