package cn.sifa.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void aPublishedCodeIsValid() {
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.parse("91350100m000100y43").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void alteringOneCharacterMakesItInvalid() {
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCode.isValid("91350200M000100Y43")).isFalse();
    }

    @Test
    void lettersOutsideTheAlphabetAndWrongLengthsAreInvalid() {
        assertThat(CreditCode.isValid("91350100I000100Y43")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void theCheckCharacterCanBeComputed() {
        assertThat(CreditCode.checkCharFor("91350100M000100Y4")).isEqualTo('3');
    }
}
