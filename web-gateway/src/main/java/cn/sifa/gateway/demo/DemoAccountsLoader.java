package cn.sifa.gateway.demo;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.sifa.core.organization.OrganizationRef;
import cn.sifa.core.organization.OrganizationType;
import cn.sifa.core.organization.Organizations;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.gateway.client.ApiClientAccounts;
import cn.sifa.gateway.staff.StaffAccounts;

/**
 * Demo profile: one login per role and the five demo API clients, created once (restarts add nothing). Runs
 * after the organization loader (@Order 10), whose bureaus and units the users belong to.
 */
@Component
@Profile("demo")
@Order(20)
class DemoAccountsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountsLoader.class);

    private final StaffAccounts staff;
    private final ApiClientAccounts clients;
    private final Organizations organizations;
    private final DemoOrganizationLookup lookup;

    DemoAccountsLoader(StaffAccounts staff, ApiClientAccounts clients, Organizations organizations, DemoOrganizationLookup lookup) {
        this.staff = staff;
        this.clients = clients;
        this.organizations = organizations;
        this.lookup = lookup;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentCaller.runAsSystem(() -> {
            for (DemoAccounts.DemoClient c : DemoAccounts.CLIENTS) {
                clients.ensure(c.clientId(), c.name(), c.divisionCode(), c.scopes(), c.secret());
            }
            int missing = 0;
            for (DemoAccounts.DemoUser u : DemoAccounts.USERS) {
                Optional<OrganizationRef> org = organizationFor(u.divisionCode(), u.organizationType());
                if (org.isEmpty()) {
                    missing++;
                    continue;
                }
                staff.ensure(u.username(), u.displayName(), org.get(), u.roles(), DemoAccounts.PASSWORD);
            }
            if (missing > 0) {
                log.warn("{} demo logins skipped: their organizations do not exist (is the organization demo loader on?)", missing);
            }
        });
    }

    /** The unit of that type in the division if there is one, else the division's bureau. */
    private Optional<OrganizationRef> organizationFor(String divisionCode, OrganizationType type) {
        if (type != OrganizationType.BUREAU) {
            Optional<OrganizationRef> unit = lookup.find(divisionCode, type);
            if (unit.isPresent()) {
                return unit;
            }
        }
        return organizations.bureauOf(divisionCode);
    }
}
