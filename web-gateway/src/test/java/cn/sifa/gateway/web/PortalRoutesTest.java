package cn.sifa.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortalRoutesTest {

    @Test
    void historyModeRoutesAreThePortals() {
        assertThat(PortalResources.SpaResolver.isPortalRoute("mediation/cases/3f1c")).isTrue();
        assertThat(PortalResources.SpaResolver.isPortalRoute("login")).isTrue();
        assertThat(PortalResources.SpaResolver.isPortalRoute("index.html")).isTrue();
    }

    @Test
    void apiDocsAssetsAndServerPathsAreNot() {
        assertThat(PortalResources.SpaResolver.isPortalRoute("api/mediation/v1/cases")).isFalse();
        assertThat(PortalResources.SpaResolver.isPortalRoute("oauth2/jwks")).isFalse();
        assertThat(PortalResources.SpaResolver.isPortalRoute("v3/api-docs/core")).isFalse();
        assertThat(PortalResources.SpaResolver.isPortalRoute("actuator/health")).isFalse();
        assertThat(PortalResources.SpaResolver.isPortalRoute("assets/index-4f2a.js")).isFalse();
        assertThat(PortalResources.SpaResolver.isPortalRoute("favicon.ico")).isFalse();
    }
}
