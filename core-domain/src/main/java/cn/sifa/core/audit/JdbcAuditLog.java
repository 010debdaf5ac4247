package cn.sifa.core.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;

/**
 * Appends to {@code core_audit_event} in a transaction of its own (REQUIRES_NEW): an audited read stays recorded
 * even when the surrounding request fails afterwards. The table refuses UPDATE and DELETE by trigger.
 */
@Service
class JdbcAuditLog implements AuditLog {

    static final String REQUEST_ID_HEADER = "X-Request-Id";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    JdbcAuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(String action, String targetType, String targetId, String divisionCode, String detail) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("audit action is required");
        }
        SifaPrincipal caller = CurrentCaller.find().orElse(null);
        String actor = caller == null ? "anonymous" : caller.subject();
        String kind = caller == null ? "ANONYMOUS" : caller.kind().name();
        String actorDivision = caller == null || caller.divisionCode() == null || caller.divisionCode().isBlank()
                ? null : caller.divisionCode();
        // An event without a division of its own belongs to the actor's division, so the actor's auditors see it.
        String division = divisionCode == null || divisionCode.isBlank() ? actorDivision : divisionCode;
        HttpServletRequest request = currentRequest();
        String requestId = request == null ? null : truncate(request.getHeader(REQUEST_ID_HEADER), 64);
        String clientIp = request == null ? null : truncate(request.getRemoteAddr(), 45);
        newTransaction.executeWithoutResult(status -> jdbc.update("""
                        INSERT INTO core_audit_event (actor, actor_kind, actor_division, action, target_type, target_id,
                                                      division_code, detail, request_id, client_ip)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                truncate(actor, 100), kind, actorDivision, truncate(action, 64), truncate(targetType, 64),
                truncate(targetId, 64), division, truncate(detail, 2000), requestId, clientIp));
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs ? attrs.getRequest() : null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
