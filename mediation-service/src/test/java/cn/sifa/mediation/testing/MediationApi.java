package cn.sifa.mediation.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.TestStaff;
import cn.sifa.core.testing.TestCallers;

/** Small helpers so that the tests read like the workflow. */
public final class MediationApi {

    public static final String CASES = "/api/mediation/v1/cases";
    public static final SifaPrincipal KAIFU_STAFF = TestCallers.staff("430105", Role.MEDIATION_STAFF);
    public static final SifaPrincipal KAIFU_CLIENT = TestCallers.client("430105", "mediation.read", "mediation.write");
    public static final SifaPrincipal RONGCHENG_CLIENT = TestCallers.client("371082", "mediation.read", "mediation.write");
    /** A valid ID (GB 11643 test value) and the same with a wrong check digit. */
    public static final String VALID_ID = "11010519491231002X";
    public static final String BAD_ID = "110105194912310021";

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    public MediationApi(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    public static RequestPostProcessor as(SifaPrincipal principal) {
        return authentication(TestCallers.authentication(principal));
    }

    public ResultActions send(SifaPrincipal who, String path, String json) throws Exception {
        return mvc.perform(json(post(path), json).with(as(who)));
    }

    public ResultActions sendIfMatch(SifaPrincipal who, String path, String ifMatch, String json) throws Exception {
        return mvc.perform(json(post(path), json).header("If-Match", ifMatch).with(as(who)));
    }

    public ResultActions fetch(SifaPrincipal who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who)));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String json) {
        return json == null ? b : b.contentType(MediaType.APPLICATION_JSON).content(json);
    }

    public static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    public static <T> T read(MvcResult r, String path) throws Exception {
        return JsonPath.read(body(r), path);
    }

    /** The 司法局 whose 调 series numbers the county's cases, as the core demo loader or an admin would create it. */
    public void ensureBureau(String divisionCode, String name, String shortName) {
        TestStaff.ensureOrganization(jdbc, divisionCode, "BUREAU", name, shortName);
    }

    /** A committee and an active mediator of the division, straight into the tables. @return the mediator's id */
    public UUID ensureMediator(String divisionCode, String name) {
        java.util.List<UUID> found = jdbc.queryForList("select id from med_mediator where division_code = ? and name = ?", UUID.class,
                divisionCode, name);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        UUID committee = UUID.randomUUID();
        jdbc.update("""
                insert into med_committee (id, version, created_at, created_by, updated_at, updated_by, division_code, name, type,
                    term_start_on, term_ends_on) values (?, 0, now(), 'test', now(), 'test', ?, ?, 'TOWNSHIP_STREET', ?, ?)""",
                committee, divisionCode, name + "所在调委会", Date.valueOf(LocalDate.of(2024, 1, 1)), Date.valueOf(LocalDate.of(2026, 12, 31)));
        UUID mediator = UUID.randomUUID();
        jdbc.update("""
                insert into med_mediator (id, version, created_at, created_by, updated_at, updated_by, division_code, committee_id, name,
                    gender, employment, grade, in_expert_pool, active)
                values (?, 0, now(), 'test', now(), 'test', ?, ?, ?, 'FEMALE', 'FULL_TIME', 'SENIOR', true, true)""",
                mediator, divisionCode, committee, name);
        jdbc.update("insert into med_mediator_specialty (mediator_id, specialty) values (?, 'MEDICAL') on conflict do nothing", mediator);
        return mediator;
    }

    public static String newCase(String receivedOn) {
        return """
                {"source":"PARTY_APPLICATION","disputeType":"NEIGHBOUR","summary":"相邻双方因排水沟堵塞发生争执",
                 "amountInvolved":12000,"receivedOn":"%s",
                 "parties":[{"role":"APPLICANT","kind":"PERSON","name":"张三","idNumber":"%s","phone":"13800000000"},
                            {"role":"RESPONDENT","kind":"PERSON","name":"李四"}]}""".formatted(receivedOn, VALID_ID);
    }

    public int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

}
