package cn.sifa.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.sifa.core.notification.OrganizationHeads;
import cn.sifa.core.organization.Organizations;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.SifaApplication;

/** Overdue notifications go to the organization's bureau leaders, looked up in the staff accounts. */
@SifaIntegrationTest(classes = SifaApplication.class)
class OrganizationHeadsTest {

    @Autowired
    OrganizationHeads heads;

    @Autowired
    Organizations organizations;

    @Test
    void theHeadsOfABureauAreItsBureauLeaders() {
        var kaifu = CurrentCaller.runAsSystem(() -> organizations.bureauOf("430105")).orElseThrow();
        assertThat(heads.subjectsOf(kaifu.id())).contains("leader").doesNotContain("admin", "mediation");
    }
}
