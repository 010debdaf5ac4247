package cn.sifa.gateway.demo;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.sifa.core.organization.OrganizationRef;
import cn.sifa.core.organization.OrganizationType;
import cn.sifa.core.organization.Organizations;

/** Finds the demo unit of a type in a division (the first by name), for placing demo users. */
@Component
class DemoOrganizationLookup {

    private final JdbcClient jdbc;
    private final Organizations organizations;

    DemoOrganizationLookup(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    Optional<OrganizationRef> find(String divisionCode, OrganizationType type) {
        return jdbc.sql("select id from core_organization where division_code = :d and type = :t order by name limit 1")
                .param("d", divisionCode).param("t", type.name())
                .query(UUID.class).optional()
                .flatMap(organizations::find);
    }
}
