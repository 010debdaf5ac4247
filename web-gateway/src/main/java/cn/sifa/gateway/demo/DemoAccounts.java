package cn.sifa.gateway.demo;

import java.util.List;
import java.util.Set;

import cn.sifa.core.organization.OrganizationType;
import cn.sifa.core.security.Role;

/**
 * The demo logins and API clients (README lists them). They exist only in the {@code demo} profile, and the
 * {@code prod} profile refuses to start while any of them still has its demo secret.
 */
public final class DemoAccounts {

    /** Satisfies the password policy; shared by every demo login. */
    public static final String PASSWORD = "Sifa@2026demo";

    public record DemoUser(String username, String displayName, String divisionCode, OrganizationType organizationType,
                           Set<Role> roles) {
    }

    public record DemoClient(String clientId, String name, String secret, String divisionCode, Set<String> scopes) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "王管理", "430105", OrganizationType.BUREAU, Set.of(Role.SYSTEM_ADMIN)),
            new DemoUser("leader", "刘局长", "430105", OrganizationType.BUREAU, Set.of(Role.BUREAU_LEADER)),
            new DemoUser("mediation", "李调解", "430105", OrganizationType.BUREAU, Set.of(Role.MEDIATION_STAFF)),
            new DemoUser("mediator", "张调解员", "430105", OrganizationType.MEDIATION_COMMITTEE, Set.of(Role.MEDIATOR)),
            new DemoUser("legalaid", "陈法援", "430105", OrganizationType.LEGAL_AID_CENTER, Set.of(Role.LEGAL_AID_STAFF)),
            new DemoUser("review", "赵复议", "430105", OrganizationType.REVIEW_BODY, Set.of(Role.REVIEW_STAFF)),
            new DemoUser("correction", "孙矫正", "430105", OrganizationType.CORRECTION_AGENCY, Set.of(Role.CORRECTION_STAFF)),
            new DemoUser("enforcement", "周监督", "430105", OrganizationType.BUREAU, Set.of(Role.ENFORCEMENT_SUPERVISOR)),
            new DemoUser("province-legalaid", "蒋省援", "430000", OrganizationType.BUREAU, Set.of(Role.LEGAL_AID_STAFF)),
            new DemoUser("auditor", "吴审计", "330800", OrganizationType.BUREAU, Set.of(Role.AUDITOR)),
            new DemoUser("mediation-auditor", "郑兼审", "430105", OrganizationType.BUREAU, Set.of(Role.MEDIATION_STAFF, Role.AUDITOR)));

    private static final Set<String> COUNTY_SCOPES = Set.of("mediation.read", "mediation.write", "legal-aid.read",
            "legal-aid.write", "review.read", "review.write", "correction.read", "correction.write", "enforcement.read",
            "enforcement.write", "core.read");

    private static final Set<String> AUDITOR_SCOPES = Set.of("core.read", "mediation.read", "legal-aid.read", "review.read",
            "correction.read", "enforcement.read", "reports.read");

    public static final List<DemoClient> CLIENTS = List.of(
            new DemoClient("kaifu-county", "开福区司法局业务系统", "kaifu-demo-secret", "430105", COUNTY_SCOPES),
            new DemoClient("rongcheng-county", "荣成市司法局业务系统", "rongcheng-demo-secret", "371082", COUNTY_SCOPES),
            new DemoClient("jinyun-county", "缙云县司法局业务系统", "jinyun-demo-secret", "331122", COUNTY_SCOPES),
            new DemoClient("quzhou-city", "衢州市司法局业务系统", "quzhou-demo-secret", "330800", COUNTY_SCOPES),
            new DemoClient("quzhou-auditor", "衢州市审计对接", "quzhou-auditor-demo-secret", "330800", AUDITOR_SCOPES));

    private DemoAccounts() {
    }
}
