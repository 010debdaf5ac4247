package cn.sifa.core.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.division.DivisionRepository;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;

@SifaIntegrationTest
@AutoConfigureMockMvc // shares the cached context of the MockMvc tests
class OrganizationDemoDataTest {

    @Autowired
    OrganizationRepository repository;
    @Autowired
    DivisionRepository divisions;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void loadDemoData() {
        new OrganizationDemoData(repository, divisions, tx).run(null);
    }

    @Test
    void loadingTwiceCreatesNothingMore() {
        int before = jdbc.queryForObject("SELECT count(*) FROM core_organization", Integer.class);
        int created = CurrentCaller.runAsSystem(() -> tx.execute(s -> new OrganizationDemoData(repository, divisions, tx).load()));
        assertThat(created).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM core_organization", Integer.class)).isEqualTo(before);
    }

    @Test
    void eachDemoCountyHasABureauItsUnitsAndThreeJusticeOffices() {
        assertThat(jdbc.queryForList("""
                SELECT type FROM core_organization WHERE division_code LIKE '430105%' AND created_by = 'system'
                ORDER BY type""", String.class))
                .containsExactly("BUREAU", "CORRECTION_AGENCY", "JUSTICE_OFFICE", "JUSTICE_OFFICE", "JUSTICE_OFFICE",
                        "LEGAL_AID_CENTER", "REVIEW_BODY");
        assertThat(jdbc.queryForList("SELECT name || ' by ' || created_by FROM core_organization WHERE division_code = '430105' AND type = 'BUREAU'",
                String.class)).containsExactly("长沙市开福区司法局 by system");
        assertThat(jdbc.queryForObject("SELECT name FROM core_organization WHERE division_code = '430105001' AND type = 'JUSTICE_OFFICE' AND created_by = 'system'",
                String.class)).isEqualTo("芙蓉北路街道司法所");
    }

    @Test
    void aTownsBureauIsItsCountysAndACountyWithoutOneFallsBackToItsCity() {
        CurrentCaller.runAsSystem(() -> {
            assertThat(organizations.bureauOf("430105001")).get()
                    .satisfies(b -> assertThat(b.name()).isEqualTo("长沙市开福区司法局"))
                    .satisfies(b -> assertThat(b.shortName()).isEqualTo("开福"));
            assertThat(organizations.bureauOf("331122")).get().satisfies(b -> assertThat(b.shortName()).isEqualTo("缙云"));
            assertThat(organizations.bureauOf("371082")).get().satisfies(b -> assertThat(b.shortName()).isEqualTo("荣成"));
            assertThat(organizations.bureauOf("330802")).get().satisfies(b -> assertThat(b.name()).isEqualTo("衢州市柯城区司法局"));
            assertThat(organizations.bureauOf("330803")).get().satisfies(b -> assertThat(b.name()).isEqualTo("衢州市司法局"));
            assertThat(organizations.bureauOf("110105")).isEmpty();
            // The province has its 司法厅 (the province-level demo login belongs to it).
            assertThat(organizations.bureauOf("430000")).get().satisfies(b -> assertThat(b.name()).isEqualTo("湖南省司法厅"));
        });
    }

    @Test
    void aTownOfficeCanNameItsCountyBureauButNotSeeOtherCountiesOrganizations() {
        TestCallers.runAs(TestCallers.client("430105001"), () -> {
            var bureau = organizations.bureauOf("430105001").orElseThrow();
            assertThat(bureau.divisionCode()).isEqualTo("430105");
            // The bureau is above the town's scope: named, but not readable as a record.
            java.util.Optional<OrganizationRef> seen = tx.execute(s -> organizations.find(bureau.id()));
            assertThat(seen).isEmpty();
        });
        String rongcheng = jdbc.queryForObject("SELECT id::text FROM core_organization WHERE division_code = '371082' AND type = 'BUREAU'",
                String.class);
        TestCallers.runAs(TestCallers.client("430105"), () -> {
            java.util.Optional<OrganizationRef> seen = tx.execute(s -> organizations.find(java.util.UUID.fromString(rongcheng)));
            assertThat(seen).isEmpty();
        });
    }

    @Test
    void theCountyBureauHangsUnderTheCityBureau() {
        assertThat(jdbc.queryForObject("""
                SELECT p.name FROM core_organization o JOIN core_organization p ON p.id = o.parent_id
                WHERE o.division_code = '330802' AND o.type = 'BUREAU'""", String.class)).isEqualTo("衢州市司法局");
    }
}
