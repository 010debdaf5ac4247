package cn.sifa.core.security;

import java.util.Set;

/**
 * Staff roles. A user with several roles gets the union of their scopes; the division scope never widens
 * with roles, it is always the user's own organization's division.
 */
public enum Role implements cn.sifa.core.dictionary.Labeled {
    SYSTEM_ADMIN("系统管理员", Set.of("core.read", "core.admin")),
    BUREAU_LEADER("局领导", Set.of("core.read", "mediation.read", "legal-aid.read", "review.read", "correction.read", "enforcement.read", "reports.read")),
    MEDIATION_STAFF("人民调解科工作人员", Set.of("core.read", "mediation.read", "mediation.write")),
    MEDIATOR("人民调解员", Set.of("core.read", "mediation.read", "mediation.write")),
    LEGAL_AID_STAFF("法律援助中心工作人员", Set.of("core.read", "legal-aid.read", "legal-aid.write")),
    REVIEW_STAFF("行政复议应诉工作人员", Set.of("core.read", "review.read", "review.write")),
    CORRECTION_STAFF("社区矫正工作人员", Set.of("core.read", "correction.read", "correction.write")),
    ENFORCEMENT_SUPERVISOR("行政执法监督工作人员", Set.of("core.read", "enforcement.read", "enforcement.write")),
    AUDITOR("审计人员", Set.of("core.read", "mediation.read", "legal-aid.read", "review.read", "correction.read", "enforcement.read", "reports.read"));

    private final String label;
    private final Set<String> scopes;

    Role(String label, Set<String> scopes) {
        this.label = label;
        this.scopes = scopes;
    }

    @Override
    public String label() {
        return label;
    }

    public Set<String> scopes() {
        return scopes;
    }
}
