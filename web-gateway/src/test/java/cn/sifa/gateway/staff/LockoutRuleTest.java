package cn.sifa.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.sifa.core.organization.OrganizationRef;
import cn.sifa.core.organization.OrganizationType;
import cn.sifa.core.security.Role;

class LockoutRuleTest {

    private final Instant t0 = Instant.parse("2026-11-22T01:00:00Z");

    private StaffUser user() {
        return new StaffUser("zhangsan", "张三", "{noop}x",
                new OrganizationRef(UUID.randomUUID(), "开福区司法局", "开福", OrganizationType.BUREAU, "430105"),
                Set.of(Role.MEDIATOR));
    }

    @Test
    void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        StaffUser user = user();
        for (int i = 0; i < 4; i++) {
            user.loginFailed(t0.plus(Duration.ofMinutes(3L * i)));
        }
        assertThat(user.isLocked(t0.plus(Duration.ofMinutes(10)))).isFalse();
        user.loginFailed(t0.plus(Duration.ofMinutes(14)));
        assertThat(user.isLocked(t0.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(user.getLockedUntil()).isEqualTo(t0.plus(Duration.ofMinutes(29)));
        assertThat(user.isLocked(t0.plus(Duration.ofMinutes(29)))).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        StaffUser user = user();
        for (int i = 0; i < 5; i++) {
            user.loginFailed(t0.plus(Duration.ofMinutes(4L * i)));
        }
        assertThat(user.isLocked(t0.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        StaffUser user = user();
        for (int i = 0; i < 4; i++) {
            user.loginFailed(t0);
        }
        user.loginSucceeded(t0.plusSeconds(1));
        user.loginFailed(t0.plusSeconds(2));
        assertThat(user.isLocked(t0.plusSeconds(2))).isFalse();
        assertThat(user.getFailedAttempts()).isEqualTo(1);
    }

    @Test
    void severalRolesGiveTheUnionOfTheirScopesAndTheOrganizationsDivision() {
        StaffUser user = new StaffUser("multi", "多角色", "{noop}x",
                new OrganizationRef(UUID.randomUUID(), "开福区司法局", "开福", OrganizationType.BUREAU, "430105"),
                Set.of(Role.MEDIATION_STAFF, Role.AUDITOR));
        var principal = user.principal();
        assertThat(principal.scopes()).contains("mediation.write", "reports.read", "legal-aid.read")
                .doesNotContain("legal-aid.write", "core.admin");
        assertThat(principal.divisionCode()).isEqualTo("430105");
    }
}
