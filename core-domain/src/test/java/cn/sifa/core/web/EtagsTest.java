package cn.sifa.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.sifa.core.error.PreconditionFailedException;

class EtagsTest {

    @Test
    void theEtagIsTheQuotedVersion() {
        assertThat(Etags.of(0)).isEqualTo("\"0\"");
        assertThat(Etags.of(42)).isEqualTo("\"42\"");
    }

    @Test
    void noIfMatchOrAStarAlwaysPasses() {
        assertThatCode(() -> Etags.checkIfMatch(null, 3)).doesNotThrowAnyException();
        assertThatCode(() -> Etags.checkIfMatch("  ", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Etags.checkIfMatch("*", 3)).doesNotThrowAnyException();
    }

    @Test
    void theCurrentVersionPassesStrongOrWeak() {
        assertThatCode(() -> Etags.checkIfMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Etags.checkIfMatch("W/\"3\"", 3)).doesNotThrowAnyException();
    }

    @Test
    void aStaleVersionIsAPreconditionFailure() {
        assertThatThrownBy(() -> Etags.checkIfMatch("\"2\"", 3))
                .isInstanceOf(PreconditionFailedException.class)
                .hasMessageContaining("\"3\"");
        assertThatThrownBy(() -> Etags.checkIfMatch("2", 3)).isInstanceOf(PreconditionFailedException.class);
    }
}
