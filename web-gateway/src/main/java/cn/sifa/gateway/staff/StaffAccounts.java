package cn.sifa.gateway.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.error.ConflictException;
import cn.sifa.core.error.ForbiddenException;
import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.organization.OrganizationRef;
import cn.sifa.core.organization.Organizations;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;

/** Staff accounts: portal login with lockout, and what an administrator does with accounts in their division. */
@Service
public class StaffAccounts {

    private final StaffUsers users;
    private final Organizations organizations;
    private final DivisionScope scope;
    private final PasswordEncoder passwords;
    private final Clock clock;
    /** Compared against when the username is unknown, so both answers take as long. */
    private final String dummyHash;

    public StaffAccounts(StaffUsers users, Organizations organizations, DivisionScope scope, PasswordEncoder passwords,
                         Optional<Clock> clock) {
        this.users = users;
        this.organizations = organizations;
        this.scope = scope;
        this.passwords = passwords;
        this.clock = clock.orElse(Clock.systemUTC());
        this.dummyHash = passwords.encode("not-a-real-password-0!");
    }

    /**
     * Checks a login. Failures are committed even though the caller answers 401 (a transaction of its own), so
     * the lockout counts every attempt.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = LoginFailedException.class)
    public SifaPrincipal login(String username, String password) {
        // Platform work: the account is looked up before anyone is known, and its counters (failed attempts, lock,
        // last login) are flushed before the caller changes back, or row-level security would hide the row.
        return CurrentCaller.runAsSystem(() -> {
            try {
                return authenticate(username, password);
            } finally {
                users.flush();
            }
        });
    }

    private SifaPrincipal authenticate(String username, String password) {
        Instant now = clock.instant();
        StaffUser user = users.findByUsername(normalize(username)).orElse(null);
        if (user == null) {
            passwords.matches(password == null ? "" : password, dummyHash);
            throw LoginFailedException.badCredentials();
        }
        if (user.isLocked(now)) {
            throw LoginFailedException.locked(user.getLockedUntil());
        }
        if (password == null || !passwords.matches(password, user.getPasswordHash()) || !user.isEnabled()) {
            user.loginFailed(now);
            if (user.isLocked(now)) {
                throw LoginFailedException.locked(user.getLockedUntil());
            }
            throw LoginFailedException.badCredentials();
        }
        user.loginSucceeded(now);
        return user.principal();
    }

    /** The session's user as they are now: a disabled or locked account, or one that is gone, ends the session. */
    @Transactional(readOnly = true)
    public Optional<SifaPrincipal> activePrincipal(UUID userId) {
        Instant now = clock.instant();
        return CurrentCaller.runAsSystem(() -> users.findById(userId))
                .filter(u -> u.isEnabled() && !u.isLocked(now))
                .map(StaffUser::principal);
    }

    /** The division of the account of that name (the login log files every attempt on an account there). */
    @Transactional(readOnly = true)
    public Optional<String> divisionOf(String username) {
        return CurrentCaller.runAsSystem(() -> users.findByUsername(normalize(username)).map(StaffUser::getDivisionCode));
    }

    @Transactional(readOnly = true)
    public Optional<UUID> idOf(String username) {
        return CurrentCaller.runAsSystem(() -> users.findByUsername(username).map(StaffUser::getId));
    }

    @Transactional(readOnly = true)
    public Page<StaffUser> list(String q, Pageable pageable) {
        return users.search(q == null || q.isBlank() ? null : q.trim(), pageable);
    }

    @Transactional(readOnly = true)
    public StaffUser get(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("用户", id));
    }

    @Transactional
    public StaffUser create(String username, String displayName, UUID organizationId, List<String> roleNames, String password) {
        ValidationException.Collector errors = new ValidationException.Collector();
        String name = normalize(username);
        if (name == null || !name.matches("[a-z0-9][a-z0-9._-]{1,49}")) {
            errors.add("username", "pattern", "用户名须为 2 到 50 位小写字母、数字、点、下划线或连字符");
        }
        checkDisplayName(displayName, errors);
        Set<Role> roles = rolesOf(roleNames, errors);
        OrganizationRef organization = organizationIn(organizationId, errors);
        PasswordPolicy.check(name, password, errors);
        errors.throwIfAny();
        scope.divisionForCreate(organization.divisionCode());
        if (CurrentCaller.runAsSystem(() -> users.existsByUsername(name))) {
            throw new ConflictException("用户名 " + name + " 已存在");
        }
        return users.save(new StaffUser(name, displayName.trim(), passwords.encode(password), organization, roles));
    }

    @Transactional
    public StaffUser update(UUID id, String displayName, UUID organizationId, List<String> roleNames) {
        StaffUser user = get(id);
        ValidationException.Collector errors = new ValidationException.Collector();
        checkDisplayName(displayName, errors);
        Set<Role> roles = rolesOf(roleNames, errors);
        OrganizationRef organization = organizationIn(organizationId, errors);
        errors.throwIfAny();
        refuseSelfLockout(user, roles);
        user.update(displayName.trim(), organization, roles);
        return user;
    }

    @Transactional
    public StaffUser resetPassword(UUID id, String password) {
        StaffUser user = get(id);
        ValidationException.Collector errors = new ValidationException.Collector();
        PasswordPolicy.check(user.getUsername(), password, errors);
        errors.throwIfAny();
        user.changePassword(passwords.encode(password));
        return user;
    }

    @Transactional
    public StaffUser unlock(UUID id) {
        StaffUser user = get(id);
        user.unlock();
        return user;
    }

    @Transactional
    public StaffUser setEnabled(UUID id, boolean enabled) {
        StaffUser user = get(id);
        if (!enabled && user.getUsername().equals(CurrentCaller.get().subject())) {
            throw new ForbiddenException("不能停用自己的账号");
        }
        user.setEnabled(enabled);
        return user;
    }

    /** Used by demo loaders: creates the account when it does not exist yet. */
    @Transactional
    public void ensure(String username, String displayName, OrganizationRef organization, Set<Role> roles, String password) {
        if (!users.existsByUsername(username)) {
            users.save(new StaffUser(username, displayName, passwords.encode(password), organization, roles));
        }
    }

    private void refuseSelfLockout(StaffUser user, Set<Role> roles) {
        if (user.getUsername().equals(CurrentCaller.get().subject()) && user.roleSet().contains(Role.SYSTEM_ADMIN)
                && !roles.contains(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("不能移除自己的系统管理员角色");
        }
    }

    private OrganizationRef organizationIn(UUID organizationId, ValidationException.Collector errors) {
        if (organizationId == null) {
            errors.add("organizationId", "required", "请选择所属机构");
            return null;
        }
        Optional<OrganizationRef> found = organizations.find(organizationId);
        if (found.isEmpty()) {
            errors.add("organizationId", "unknown-organization", "机构不存在或不在管辖范围内");
            return null;
        }
        return found.get();
    }

    private static void checkDisplayName(String displayName, ValidationException.Collector errors) {
        if (displayName == null || displayName.isBlank()) {
            errors.add("displayName", "required", "请输入姓名");
        } else if (displayName.trim().length() > 50) {
            errors.add("displayName", "size", "姓名不能超过 50 个字符");
        }
    }

    private static Set<Role> rolesOf(List<String> names, ValidationException.Collector errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null || names.isEmpty()) {
            errors.add("roles", "required", "请至少选择一个角色");
            return roles;
        }
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add("roles", "unknown-role", "未知角色 " + name);
            }
        }
        return roles;
    }

    private static String normalize(String username) {
        return username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
