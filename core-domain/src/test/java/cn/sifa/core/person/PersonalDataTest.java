package cn.sifa.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;

class PersonalDataTest {

    @Test
    void phonesAreMaskedKeepingTheirFirstThreeAndLastFour() {
        assertThat(Phone.mask("13800000001")).isEqualTo("138****0001");
        assertThat(Phone.mask("0731-84000000")).isEqualTo("073******0000");
        assertThat(Phone.mask(" 13912345678 ")).isEqualTo("139****5678");
        assertThat(Phone.mask("8400123")).isEqualTo("*****23");
        assertThat(Phone.mask(null)).isNull();
        assertThat(Phone.mask("")).isEmpty();
    }

    @Test
    void fullValuesGoOnlyToThePlatformAndTheNamedRoles() {
        Set<Role> needing = Set.of(Role.MEDIATION_STAFF);
        assertThat(PersonalData.seesFull(staff(Role.MEDIATION_STAFF), needing)).isTrue();
        assertThat(PersonalData.seesFull(staff(Role.AUDITOR, Role.BUREAU_LEADER), needing)).isFalse();
        assertThat(PersonalData.seesFull(new SifaPrincipal("county", SifaPrincipal.Kind.CLIENT, "县", "430105", null, Set.of(),
                Set.of("mediation.write")), needing)).isFalse();
        assertThat(PersonalData.seesFull(new SifaPrincipal("system", SifaPrincipal.Kind.SYSTEM, "系统", "", null, Set.of(),
                Set.of()), needing)).isTrue();
        assertThat(PersonalData.seesFull(null, needing)).isFalse();
        assertThat(PersonalData.phone("13800000001", false)).isEqualTo("138****0001");
        assertThat(PersonalData.phone("13800000001", true)).isEqualTo("13800000001");
        assertThat(PersonalData.idNumber("11010519491231002X", false)).isEqualTo("110105********002X");
        assertThat(PersonalData.fullReadAction(true, true, true)).isEqualTo("read-full-id-number");
        assertThat(PersonalData.fullReadAction(true, false, true)).isEqualTo("read-full-phone");
        assertThat(PersonalData.fullReadAction(true, false, false)).isNull();
        assertThat(PersonalData.fullReadAction(false, true, true)).isNull();
    }

    private static SifaPrincipal staff(Role... roles) {
        return new SifaPrincipal("u", SifaPrincipal.Kind.STAFF, "张", "430105", null, Set.of(roles), Set.of());
    }
}
