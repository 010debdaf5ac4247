package cn.sifa.gateway.staff;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.sifa.core.notification.OrganizationHeads;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;

/**
 * The heads of an organization, for overdue-deadline notifications: its enabled BUREAU_LEADER accounts, whatever
 * the caller's division (platform work under row-level security: the lookup is about the recipients).
 */
@Component
class BureauLeaders implements OrganizationHeads {

    private final StaffUsers users;

    BureauLeaders(StaffUsers users) {
        this.users = users;
    }

    @Override
    public List<String> subjectsOf(UUID organizationId) {
        return CurrentCaller.runAsSystem(() -> users.findEnabledByOrganizationAndRole(organizationId, Role.BUREAU_LEADER.name())
                .stream().map(StaffUser::getUsername).toList());
    }
}
