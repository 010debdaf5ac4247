package cn.sifa.gateway.staff;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.notification.OrganizationHeads;
import cn.sifa.core.security.Role;

/** The heads of an organization, for overdue-deadline notifications: its enabled BUREAU_LEADER accounts. */
@Component
class BureauLeaders implements OrganizationHeads {

    private final StaffUsers users;

    BureauLeaders(StaffUsers users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> subjectsOf(UUID organizationId) {
        return users.findEnabledByOrganizationAndRole(organizationId, Role.BUREAU_LEADER.name()).stream()
                .map(StaffUser::getUsername).toList();
    }
}
