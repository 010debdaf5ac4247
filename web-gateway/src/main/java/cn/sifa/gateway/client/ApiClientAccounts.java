package cn.sifa.gateway.client;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.error.ConflictException;
import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;

/** Creating, rotating and disabling API clients; the plain secret leaves this class once and is never stored. */
@Service
public class ApiClientAccounts {

    public static final Set<String> KNOWN_SCOPES = Set.of("core.read", "core.admin", "mediation.read", "mediation.write",
            "legal-aid.read", "legal-aid.write", "review.read", "review.write", "correction.read", "correction.write",
            "enforcement.read", "enforcement.write", "reports.read");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClients clients;
    private final DivisionScope scope;
    private final PasswordEncoder passwords;

    public ApiClientAccounts(ApiClients clients, DivisionScope scope, PasswordEncoder passwords) {
        this.clients = clients;
        this.scope = scope;
        this.passwords = passwords;
    }

    public record Created(ApiClient client, String secret) {
    }

    @Transactional(readOnly = true)
    public Page<ApiClient> list(String q, Pageable pageable) {
        return clients.search(q == null || q.isBlank() ? null : q.trim(), pageable);
    }

    @Transactional(readOnly = true)
    public ApiClient get(UUID id) {
        return clients.findById(id).orElseThrow(() -> new NotFoundException("API 客户端", id));
    }

    @Transactional
    public Created create(String clientId, String name, String divisionCode, List<String> scopeNames) {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (clientId == null || !clientId.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            errors.add("clientId", "pattern", "客户端 ID 须为 3 到 64 位小写字母、数字、点、下划线或连字符");
        }
        if (name == null || name.isBlank()) {
            errors.add("name", "required", "请输入名称");
        } else if (name.trim().length() > 100) {
            errors.add("name", "size", "名称不能超过 100 个字符");
        }
        Set<String> scopes = scopesOf(scopeNames, errors);
        errors.throwIfAny();
        String division = scope.divisionForCreate(divisionCode);
        if (CurrentCaller.runAsSystem(() -> clients.existsByClientId(clientId))) {
            throw new ConflictException("客户端 ID " + clientId + " 已存在");
        }
        String secret = newSecret();
        ApiClient client = clients.save(new ApiClient(clientId, name.trim(), division, scopes, passwords.encode(secret)));
        return new Created(client, secret);
    }

    @Transactional
    public String rotateSecret(UUID id) {
        ApiClient client = get(id);
        String secret = newSecret();
        client.rotateSecret(passwords.encode(secret));
        return secret;
    }

    @Transactional
    public ApiClient setEnabled(UUID id, boolean enabled) {
        ApiClient client = get(id);
        client.setEnabled(enabled);
        return client;
    }

    /** Demo loaders: a client with a fixed, documented secret, created once. */
    @Transactional
    public void ensure(String clientId, String name, String divisionCode, Set<String> scopes, String secret) {
        if (!clients.existsByClientId(clientId)) {
            clients.save(new ApiClient(clientId, name, divisionCode, scopes, passwords.encode(secret)));
        }
    }

    private static Set<String> scopesOf(List<String> names, ValidationException.Collector errors) {
        Set<String> scopes = new LinkedHashSet<>();
        if (names == null || names.isEmpty()) {
            errors.add("scopes", "required", "请至少选择一个权限范围");
            return scopes;
        }
        for (String name : names) {
            if (!KNOWN_SCOPES.contains(name)) {
                errors.add("scopes", "unknown-scope", "未知权限范围 " + name);
            } else {
                scopes.add(name);
            }
        }
        return scopes;
    }

    /** 32 random bytes, URL-safe Base64: 43 characters, 256 bits. */
    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
