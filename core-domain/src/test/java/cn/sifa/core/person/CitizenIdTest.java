package cn.sifa.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CitizenIdTest {

    @Test
    void aNumberWithTheRightCheckDigitIsValidAndYieldsBirthDateAndSex() {
        CitizenId id = CitizenId.parse("11010519491231002X");
        assertThat(id.number()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(CitizenId.Sex.FEMALE);
        assertThat(CitizenId.isValid("110103198001011235")).isTrue();
        assertThat(CitizenId.parse("110103198001011235").sex()).isEqualTo(CitizenId.Sex.MALE);
    }

    @Test
    void aLowerCaseXIsAccepted() {
        assertThat(CitizenId.parse(" 11010519491231002x ").number()).isEqualTo("11010519491231002X");
    }

    @Test
    void aWrongCheckDigitIsInvalid() {
        assertThat(CitizenId.isValid("110105194912310021")).isFalse();
        assertThatThrownBy(() -> CitizenId.parse("110105194912310021")).hasMessageContaining("校验位");
    }

    @Test
    void aFifteenDigitNumberIsUpgradedToEighteen() {
        CitizenId id = CitizenId.parse("110105491231002");
        assertThat(id.number()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void aRetiredAreaCodeStaysValid() {
        // 110103 was 北京市崇文区, merged into 东城区 in 2010; people keep their numbers.
        assertThat(CitizenId.isValid("110103198001011235")).isTrue();
    }

    @Test
    void impossibleBirthDatesAndWrongLengthsAreInvalid() {
        assertThat(CitizenId.isValid("110105194913310028")).isFalse();
        assertThat(CitizenId.isValid("1101051949123100")).isFalse();
        assertThat(CitizenId.isValid(null)).isFalse();
        assertThat(CitizenId.isValid("11010519491231002Y")).isFalse();
    }

    @Test
    void theBirthDateMustExistOnTheCalendarAndNotLieAhead() {
        // Each number below carries a correct check digit, so only the date can make it invalid.
        assertThat(CitizenId.parse("110105200002290021").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThatThrownBy(() -> CitizenId.parse("110105200102290029")).hasMessageContaining("出生日期");
        assertThat(CitizenId.isValid("110105198002301237")).isFalse();
        assertThat(CitizenId.isValid("110105299901011236")).isFalse();
    }

    @Test
    void aMaskKeepsTheAreaAndTheLastFour() {
        assertThat(CitizenId.mask("33082219850615123X")).isEqualTo("330822********123X");
        assertThat(CitizenId.parse("11010519491231002X").masked()).isEqualTo("110105********002X");
    }

    @Test
    void ageIsCountedFromTheBirthDate() {
        CitizenId id = CitizenId.parse("11010519491231002X");
        assertThat(id.ageOn(LocalDate.of(2026, 12, 30))).isEqualTo(76);
        assertThat(id.ageOn(LocalDate.of(2026, 12, 31))).isEqualTo(77);
    }
}
