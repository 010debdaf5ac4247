package cn.sifa.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;

@SifaIntegrationTest
@AutoConfigureMockMvc
class AuditLogTest {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MockMvc mvc;

    static RequestPostProcessor as(SifaPrincipal principal) {
        return authentication(TestCallers.authentication(principal));
    }

    private int events(String targetId) {
        return jdbc.queryForObject("SELECT count(*) FROM core_audit_event WHERE target_id = ?", Integer.class, targetId);
    }

    @Test
    void anEventNamesTheActorAndSurvivesTheRollbackOfItsRequest() {
        String target = UUID.randomUUID().toString();
        TestCallers.runAs(TestCallers.staff("430105", Role.CORRECTION_STAFF), () -> tx.executeWithoutResult(s -> {
            audit.record("correction.file.read", "correction-subject", target, "430105", "查看矫正对象档案");
            s.setRollbackOnly();
        }));
        assertThat(events(target)).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT actor, actor_kind, actor_division, division_code FROM core_audit_event WHERE target_id = ?", target))
                .containsEntry("actor", "staff-430105").containsEntry("actor_kind", "STAFF")
                .containsEntry("actor_division", "430105").containsEntry("division_code", "430105");
    }

    @Test
    void theLogRefusesUpdatesAndDeletes() {
        String target = UUID.randomUUID().toString();
        TestCallers.runAs(TestCallers.client("430105", "core.admin"), () ->
                audit.record("organization.update", "organization", target, null, "修改机构"));
        assertThatThrownBy(() -> jdbc.update("UPDATE core_audit_event SET actor = 'someone-else' WHERE target_id = ?", target))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM core_audit_event WHERE target_id = ?", target))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        // the application's role (sifa_app, issue 16) has no TRUNCATE right at all; the owner meets the trigger
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE core_audit_event"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
        assertThat(jdbc.queryForObject("SELECT actor FROM core_audit_event WHERE target_id = ?", String.class, target))
                .isEqualTo("test-client-430105");
        // Without a division of its own, the event belongs to the actor's division.
        assertThat(jdbc.queryForObject("SELECT division_code FROM core_audit_event WHERE target_id = ?", String.class, target))
                .isEqualTo("430105");
    }

    @Test
    void auditorsSeeTheEventsOfTheirSubtreeOnly() throws Exception {
        String action = "test.read." + UUID.randomUUID().toString().substring(0, 8);
        TestCallers.runAs(TestCallers.client("430105", "mediation.read"), () -> {
            audit.record(action, "mediation-case", "k1", "430105", null);
            audit.record(action, "mediation-case", "k2", "430105001", null);
        });
        TestCallers.runAs(TestCallers.client("371082", "mediation.read"), () ->
                audit.record(action, "mediation-case", "r1", "371082", null));

        mvc.perform(get("/api/core/v1/audit-events").param("action", action).with(as(TestCallers.staff("430105", Role.AUDITOR))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].targetId").value("k2"))
                .andExpect(jsonPath("$.content[1].targetId").value("k1"));
        mvc.perform(get("/api/core/v1/audit-events").param("action", action).param("divisionCode", "430105001")
                        .with(as(TestCallers.client("430000", "reports.read"))))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/core/v1/audit-events").param("action", action).with(as(TestCallers.client("371082", "reports.read"))))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].targetId").value("r1"));
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        mvc.perform(get("/api/core/v1/audit-events").param("action", action).param("from", today).param("to", today)
                        .param("actor", "test-client-430105").with(as(TestCallers.staff("430000", Role.SYSTEM_ADMIN))))
                .andExpect(jsonPath("$.page.totalElements").value(2));
    }

    @Test
    void onlyAuditorsAdministratorsAndReportClientsReadTheLog() throws Exception {
        mvc.perform(get("/api/core/v1/audit-events").with(as(TestCallers.staff("430105", Role.MEDIATION_STAFF))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/core/v1/audit-events").with(as(TestCallers.client("430105", "mediation.read"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/core/v1/audit-events").param("from", "2026-11-02").param("to", "2026-11-01")
                        .with(as(TestCallers.staff("430105", Role.AUDITOR))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("date-order"));
        mvc.perform(get("/api/core/v1/audit-events").param("sort", "detail,asc").with(as(TestCallers.staff("430105", Role.AUDITOR))))
                .andExpect(status().isBadRequest());
    }
}
