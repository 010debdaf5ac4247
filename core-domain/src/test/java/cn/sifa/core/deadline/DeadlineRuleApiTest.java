package cn.sifa.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;

@SifaIntegrationTest
@AutoConfigureMockMvc
class DeadlineRuleApiTest {

    static final SifaPrincipal ZHEJIANG_ADMIN = TestCallers.staff("330000", Role.SYSTEM_ADMIN);
    static final String OVERRIDE = "/api/core/v1/deadline-rules/TEST_OVERRIDABLE/provinces/330000";
    static final String TEN_WORKING_DAYS = """
            {"amount": 10, "unit": "WORKING_DAY", "basis": "测试:浙江省规定", "label": "可设置期限(浙江)"}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    Deadlines deadlines;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor as(SifaPrincipal principal) {
        return authentication(TestCallers.authentication(principal));
    }

    @AfterEach
    void removeOverrides() {
        jdbc.update("delete from core_deadline_rule where code = 'TEST_OVERRIDABLE' and province_code is not null");
    }

    LocalDate dueInXihu() {
        return CurrentCaller.runAsSystem(() -> tx.execute(s -> deadlines.open(
                new DeadlineTarget("review-case", UUID.randomUUID(), "330106", null, null, null, null),
                "TEST_OVERRIDABLE", LocalDate.parse("2025-09-26")))).dueDate();
    }

    @Test
    void expiryRulesSayThatTheyAreNeverRolledOver() throws Exception {
        mvc.perform(get("/api/core/v1/deadline-rules").param("code", "ENF_CERTIFICATE_EXPIRY")
                        .with(as(TestCallers.staff("330106", Role.REVIEW_STAFF))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].expiry").value(true))
                .andExpect(jsonPath("$.content[0].amount").value(1))
                .andExpect(jsonPath("$.content[0].anchorEvent").value("执法证有效期届满之日"));
        mvc.perform(get("/api/core/v1/deadline-rules").param("code", "COMMITTEE_TERM")
                        .with(as(TestCallers.staff("330106", Role.REVIEW_STAFF))))
                .andExpect(jsonPath("$.content[0].expiry").value(true))
                .andExpect(jsonPath("$.content[0].unit").value("MONTH"));
        mvc.perform(get("/api/core/v1/deadline-rules").param("code", "TEST_DECISION")
                        .with(as(TestCallers.staff("330106", Role.REVIEW_STAFF))))
                .andExpect(jsonPath("$.content[0].expiry").value(false));
    }

    @Test
    void rulesAreListedNationalDefaultFirst() throws Exception {
        mvc.perform(get("/api/core/v1/deadline-rules").param("code", "TEST_DECISION")
                        .with(as(TestCallers.staff("330106", Role.REVIEW_STAFF))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].provinceCode").doesNotExist())
                .andExpect(jsonPath("$.content[0].amount").value(60))
                .andExpect(jsonPath("$.content[0].unit").value("CALENDAR_DAY"))
                .andExpect(jsonPath("$.content[0].unitLabel").value("日"))
                .andExpect(jsonPath("$.content[1].provinceCode").value("430000"))
                .andExpect(jsonPath("$.content[1].amount").value(45))
                .andExpect(jsonPath("$.page.totalElements").value(2));
        mvc.perform(get("/api/core/v1/deadline-rules").param("code", "TEST_DECISION").param("provinceCode", "330000")
                        .with(as(TestCallers.staff("330106", Role.REVIEW_STAFF))))
                .andExpect(jsonPath("$.content.length()").value(1));
    }

    @Test
    void aProvinceAdminOverridesARuleForNewDeadlinesOfThatProvince() throws Exception {
        assertThat(dueInXihu()).as("national: 26 Sep + 30 days = Sun 26 Oct → Mon 27 Oct").isEqualTo(LocalDate.parse("2025-10-27"));

        mvc.perform(put(OVERRIDE).with(as(ZHEJIANG_ADMIN)).contentType(MediaType.APPLICATION_JSON).content(TEN_WORKING_DAYS))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/core/v1/deadline-rules/TEST_OVERRIDABLE/provinces/330000"))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.provinceCode").value("330000"))
                .andExpect(jsonPath("$.amount").value(10))
                .andExpect(jsonPath("$.unit").value("WORKING_DAY"))
                .andExpect(jsonPath("$.anchorEvent").value("受理"))
                .andExpect(jsonPath("$.updatedBy").value(ZHEJIANG_ADMIN.subject()));
        // 10 working days from Fri 26 Sep 2025: 28 (调休), 29, 30, 9, 10, 11 (调休), 13, 14, 15, 16 Oct.
        assertThat(dueInXihu()).isEqualTo(LocalDate.parse("2025-10-16"));

        String twelve = TEN_WORKING_DAYS.replace("10", "12");
        mvc.perform(put(OVERRIDE).with(as(ZHEJIANG_ADMIN)).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(twelve))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.amount").value(12));
        mvc.perform(put(OVERRIDE).with(as(ZHEJIANG_ADMIN)).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(TEN_WORKING_DAYS))
                .andExpect(status().isPreconditionFailed());

        mvc.perform(delete(OVERRIDE).with(as(ZHEJIANG_ADMIN))).andExpect(status().isNoContent());
        mvc.perform(delete(OVERRIDE).with(as(ZHEJIANG_ADMIN))).andExpect(status().isNotFound());
        assertThat(dueInXihu()).isEqualTo(LocalDate.parse("2025-10-27"));
    }

    @Test
    void everyBadFieldIsReported() throws Exception {
        mvc.perform(put(OVERRIDE).with(as(ZHEJIANG_ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 0, \"unit\": \"DAYS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("amount", "unit", "basis")));
        mvc.perform(put("/api/core/v1/deadline-rules/TEST_OVERRIDABLE/provinces/330100").with(as(ZHEJIANG_ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(TEN_WORKING_DAYS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("provinceCode"));
        mvc.perform(put(OVERRIDE).with(as(ZHEJIANG_ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": \"ten\", \"unit\": \"WORKING_DAY\", \"basis\": \"x\"}"))
                .andExpect(status().isBadRequest());
        assertThat(overrides()).isZero();
    }

    @Test
    void onlyAnAdminOfThatProvinceMayOverride() throws Exception {
        mvc.perform(put(OVERRIDE).with(as(TestCallers.staff("330000", Role.REVIEW_STAFF)))
                        .contentType(MediaType.APPLICATION_JSON).content(TEN_WORKING_DAYS))
                .andExpect(status().isForbidden());
        mvc.perform(put(OVERRIDE).with(as(TestCallers.staff("330106", Role.SYSTEM_ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON).content(TEN_WORKING_DAYS))
                .andExpect(status().isForbidden());
        mvc.perform(put(OVERRIDE).with(as(TestCallers.client("430000", "core.admin")))
                        .contentType(MediaType.APPLICATION_JSON).content(TEN_WORKING_DAYS))
                .andExpect(status().isForbidden());
        assertThat(overrides()).isZero();
        mvc.perform(put(OVERRIDE).with(as(TestCallers.client("330000", "core.admin")))
                        .contentType(MediaType.APPLICATION_JSON).content(TEN_WORKING_DAYS))
                .andExpect(status().isCreated());
    }

    @Test
    void anUnknownRuleIsNotFound() throws Exception {
        mvc.perform(put("/api/core/v1/deadline-rules/NO_SUCH_RULE/provinces/330000").with(as(ZHEJIANG_ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(TEN_WORKING_DAYS))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTableRefusesRulesThatCannotBeCounted() {
        String insert = "insert into core_deadline_rule (code, province_code, amount, unit, anchor_event, basis, label) values (?, ?, ?, ?, '受理', 'x', 'x')";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(insert, "TEST_BAD", null, 5, "DAYS"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(insert, "TEST_BAD", null, 0, "CALENDAR_DAY"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(insert, "TEST_BAD", "330100", 5, "CALENDAR_DAY"))
                .as("a city is not a province").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(insert, "TEST_DECISION", null, 5, "CALENDAR_DAY"))
                .as("one national default per code").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    long overrides() {
        return jdbc.queryForObject("select count(*) from core_deadline_rule where code = 'TEST_OVERRIDABLE' and province_code is not null", Long.class);
    }
}
