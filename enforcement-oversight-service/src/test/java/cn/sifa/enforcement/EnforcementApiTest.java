package cn.sifa.enforcement;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.enforcement.support.DemoNames;

/** Shared fixture of the API tests: MockMvc as a county's client or staff member, and quick ways to create records. */
@SifaIntegrationTest(classes = EnforcementTestApplication.class)
@AutoConfigureMockMvc
public abstract class EnforcementApiTest {

    protected static final String API = "/api/enforcement/v1";
    protected static final String KAIFU = "430105";
    protected static final String JINYUN = "331122";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;

    protected final SifaPrincipal kaifu = TestCallers.client(KAIFU, "enforcement.read", "enforcement.write");
    protected final SifaPrincipal jinyun = TestCallers.client(JINYUN, "enforcement.read", "enforcement.write");
    protected final SifaPrincipal kaifuStaff = TestCallers.staff(KAIFU, Role.ENFORCEMENT_SUPERVISOR);

    protected ResultActions as(SifaPrincipal who, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(authentication(TestCallers.authentication(who))));
    }

    protected ResultActions postJson(SifaPrincipal who, String path, String json) throws Exception {
        return as(who, post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    protected ResultActions getJson(SifaPrincipal who, String path) throws Exception {
        return as(who, get(path).accept(MediaType.APPLICATION_JSON));
    }

    protected static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    protected static <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(body(result), path);
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
        return officer(who, agencyId, legalQualification, LocalDate.now().plusYears(2));
    }

    protected UUID officer(SifaPrincipal who, UUID agencyId, boolean legalQualification, LocalDate validUntil) throws Exception {
        String json = """
                {"agencyId":"%s","name":"执法员%d","certificateNo":"T%d%s","certificateValidUntil":"%s","examResult":"PASSED",
                 "trainingHours":60,"legalQualification":%s}""".formatted(agencyId, seq(), seq(),
                UUID.randomUUID().toString().substring(0, 8), validUntil, legalQualification);
        return UUID.fromString(read(postJson(who, API + "/officers", json).andExpect(status().isCreated()), "$.id"));
    }

    protected static String creditCode(int salt) {
        return DemoNames.creditCode(new java.util.Random(salt), KAIFU);
    }

    protected long count(String table, String where, Object... args) {
        return jdbc.queryForObject("select count(*) from " + table + " where " + where, Long.class, args);
    }
}
