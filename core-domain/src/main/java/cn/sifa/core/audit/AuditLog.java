package cn.sifa.core.audit;

/**
 * The append-only {@code core_audit_event}: sensitive reads (a correction subject's file, a full ID number) and
 * admin actions. Written in its own transaction so that an audited read is recorded even if the request fails later.
 */
public interface AuditLog {

    void record(String action, String targetType, String targetId, String divisionCode, String detail);
}
