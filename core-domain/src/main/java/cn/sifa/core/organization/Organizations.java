package cn.sifa.core.organization;

import java.util.Optional;
import java.util.UUID;

public interface Organizations {

    /** Within the caller's scope (or any, when running as system). */
    Optional<OrganizationRef> find(UUID id);

    /** The 司法局 of the division or, for a town, of its county; created by the demo loader / admin. */
    Optional<OrganizationRef> bureauOf(String divisionCode);
}
