package cn.sifa.gateway.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.sifa.core.organization.OrganizationRef;
import cn.sifa.core.scope.DivisionScopedEntity;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;

/**
 * A bureau staff account. Belongs to one organization and so to that organization's division, which is the
 * division scope of everything the user does, whatever their roles. Guards its own lockout rule.
 */
@Entity
@Table(name = "core_user")
public class StaffUser extends DivisionScopedEntity {

    /** Five failed logins within fifteen minutes lock the account for fifteen minutes. */
    public static final int MAX_FAILURES = 5;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private UUID organizationId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] roles;

    private boolean enabled = true;
    private int failedAttempts;
    private Instant firstFailureAt;
    private Instant lockedUntil;
    private Instant lastLoginAt;

    @Column(nullable = false)
    private Instant passwordChangedAt;

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, String passwordHash, OrganizationRef organization, Set<Role> roles) {
        super(organization.divisionCode());
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.organizationId = organization.id();
        this.roles = roles.stream().map(Role::name).sorted().toArray(String[]::new);
        this.passwordChangedAt = Instant.now();
    }

    /** A successful login clears the failure count. */
    public void loginSucceeded(Instant now) {
        failedAttempts = 0;
        firstFailureAt = null;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** Counts a failure in the current fifteen-minute window; the fifth one locks the account. */
    public void loginFailed(Instant now) {
        if (firstFailureAt == null || firstFailureAt.plus(FAILURE_WINDOW).isBefore(now)) {
            firstFailureAt = now;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedAttempts = 0;
            firstFailureAt = null;
        }
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void unlock() {
        lockedUntil = null;
        failedAttempts = 0;
        firstFailureAt = null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangedAt = Instant.now();
        unlock();
    }

    /**
     * Changes name, organization and roles. The organization must be in the user's own division: an account's
     * division is fixed, so a transfer to another county is a new account (the old one keeps its history).
     */
    public void update(String displayName, OrganizationRef organization, Set<Role> roles) {
        if (!organization.divisionCode().equals(getDivisionCode())) {
            throw cn.sifa.core.error.ValidationException.of("organizationId", "other-division",
                    "不能调入其他行政区划的机构;跨区划调动请停用本账号并新建账号");
        }
        this.displayName = displayName;
        this.organizationId = organization.id();
        this.roles = roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The principal every service sees for this user: the union of the roles' scopes, the organization's division. */
    public SifaPrincipal principal() {
        Set<Role> roleSet = roleSet();
        Set<String> scopes = new LinkedHashSet<>();
        roleSet.forEach(r -> scopes.addAll(r.scopes()));
        return new SifaPrincipal(username, SifaPrincipal.Kind.STAFF, displayName, getDivisionCode(), organizationId, roleSet, scopes);
    }

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles).forEach(r -> set.add(Role.valueOf(r)));
        return set;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
