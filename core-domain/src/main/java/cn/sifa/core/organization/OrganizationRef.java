package cn.sifa.core.organization;

import java.util.UUID;

/** What other modules need to know of an organization. */
public record OrganizationRef(UUID id, String name, String shortName, OrganizationType type, String divisionCode) {
}
