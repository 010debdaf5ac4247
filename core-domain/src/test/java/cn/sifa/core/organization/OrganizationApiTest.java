package cn.sifa.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;

@SifaIntegrationTest
@AutoConfigureMockMvc
class OrganizationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor as(SifaPrincipal principal) {
        return authentication(TestCallers.authentication(principal));
    }

    static final SifaPrincipal KAIFU_ADMIN = TestCallers.staff("430105", Role.SYSTEM_ADMIN);
    static final SifaPrincipal KAIFU_STAFF = TestCallers.staff("430105", Role.MEDIATION_STAFF);
    static final SifaPrincipal RONGCHENG_ADMIN = TestCallers.staff("371082", Role.SYSTEM_ADMIN);

    private String create(String name) throws Exception {
        MvcResult result = mvc.perform(post("/api/core/v1/organizations").with(as(KAIFU_ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"type":"LEGAL_AID_CENTER","name":"%s","shortName":"开福","phone":"0731-84567890"}""".formatted(name)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/core/v1/organizations/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.divisionCode").value("430105"))
                .andExpect(jsonPath("$.typeLabel").value("法律援助中心"))
                .andExpect(jsonPath("$.caseNoPattern").value("{abbr}{series}〔{year}〕{seq}号"))
                .andReturn();
        String location = result.getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void anAdministratorCreatesAnOrganizationAndTheActionIsAudited() throws Exception {
        String name = "开福区法律援助中心-" + UUID.randomUUID();
        String id = create(name);
        mvc.perform(get("/api/core/v1/organizations/" + id).with(as(KAIFU_STAFF)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.name").value(name));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM core_audit_event WHERE action = 'organization.create' AND target_id = ?",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void anUpdateWithAStaleIfMatchIsRefusedAndACurrentOneMovesTheEtag() throws Exception {
        String id = create("开福区法律援助中心-" + UUID.randomUUID());
        String body = """
                {"name":"开福区法律援助中心(更名)-%s","shortName":"开福","active":true,"headName":"王芳"}""".formatted(id);
        mvc.perform(put("/api/core/v1/organizations/" + id).with(as(KAIFU_ADMIN)).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.headName").value("王芳"));
        mvc.perform(put("/api/core/v1/organizations/" + id).with(as(KAIFU_ADMIN)).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/precondition-failed"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM core_audit_event WHERE action = 'organization.update' AND target_id = ?",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsMaintainOrganizations() throws Exception {
        mvc.perform(post("/api/core/v1/organizations").with(as(KAIFU_STAFF)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"BUREAU\",\"name\":\"越权机构\",\"shortName\":\"越权\"}"))
                .andExpect(status().isForbidden());
        SifaPrincipal adminClient = TestCallers.client("430105", "core.admin");
        mvc.perform(post("/api/core/v1/organizations").with(as(adminClient)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"JUSTICE_OFFICE\",\"divisionCode\":\"430105001\",\"name\":\"客户端所建司法所-" + UUID.randomUUID()
                                + "\",\"shortName\":\"芙蓉北路\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.divisionCode").value("430105001"));
    }

    @Test
    void anotherCountyNeitherSeesNorCreatesInTheCounty() throws Exception {
        String id = create("开福区法律援助中心-" + UUID.randomUUID());
        mvc.perform(get("/api/core/v1/organizations/" + id).with(as(RONGCHENG_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/not-found"));
        mvc.perform(get("/api/core/v1/organizations").param("size", "200").with(as(RONGCHENG_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", not(hasItem(id))));
        mvc.perform(post("/api/core/v1/organizations").with(as(RONGCHENG_ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"BUREAU\",\"divisionCode\":\"430105\",\"name\":\"越界\",\"shortName\":\"越界\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theListFiltersByTypeDivisionAndText() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String id = create("开福区法律援助中心-" + marker);
        mvc.perform(get("/api/core/v1/organizations").with(as(KAIFU_STAFF))
                        .param("type", "LEGAL_AID_CENTER").param("divisionCode", "430105").param("q", marker))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/core/v1/organizations").with(as(KAIFU_STAFF)).param("type", "BUREAU").param("q", marker))
                .andExpect(jsonPath("$.page.totalElements").value(0));
    }

    @Test
    void aDuplicateNameInTheSameDivisionAndTypeIsAConflict() throws Exception {
        String name = "开福区法律援助中心-" + UUID.randomUUID();
        create(name);
        mvc.perform(post("/api/core/v1/organizations").with(as(KAIFU_ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"LEGAL_AID_CENTER\",\"name\":\"" + name + "\",\"shortName\":\"开福\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void badInputListsEveryInvalidFieldAndWritesNothing() throws Exception {
        int before = jdbc.queryForObject("SELECT count(*) FROM core_organization", Integer.class);
        mvc.perform(post("/api/core/v1/organizations").with(as(KAIFU_ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"LEGAL_AID_CENTER\",\"name\":\"\",\"shortName\":\"" + "长".repeat(21) + "\",\"phone\":\"abc\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("name", "shortName", "phone")));
        mvc.perform(post("/api/core/v1/organizations").with(as(KAIFU_ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"LEGAL_AID_CENTER\",\"name\":\"格式错误\",\"shortName\":\"开福\",\"caseNoPattern\":\"{abbr}{year}号\","
                                + "\"parentId\":\"" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(org.hamcrest.Matchers.containsInAnyOrder("invalid-pattern", "unknown-organization")));
        mvc.perform(post("/api/core/v1/organizations").with(as(KAIFU_ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"COURT\",\"name\":\"法院\",\"shortName\":\"法院\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM core_organization", Integer.class)).isEqualTo(before);
    }
}
