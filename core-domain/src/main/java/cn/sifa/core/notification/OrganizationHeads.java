package cn.sifa.core.notification;

import java.util.List;
import java.util.UUID;

/**
 * Who heads an organization: the subjects of its users with role BUREAU_LEADER. The user directory
 * ({@code core_user}) lives in the gateway, which provides the real bean; core's default knows nobody.
 */
@FunctionalInterface
public interface OrganizationHeads {

    List<String> subjectsOf(UUID organizationId);
}
