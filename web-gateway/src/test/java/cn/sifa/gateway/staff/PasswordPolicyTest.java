package cn.sifa.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.sifa.core.error.FieldErrorDetail;
import cn.sifa.core.error.ValidationException;

class PasswordPolicyTest {

    private static java.util.List<String> codes(String username, String password) {
        ValidationException.Collector errors = new ValidationException.Collector();
        PasswordPolicy.check(username, password, errors);
        return errors.errors().stream().map(FieldErrorDetail::code).toList();
    }

    @Test
    void tenCharactersWithLettersDigitsAndASymbolPass() {
        assertThat(codes("zhangsan", "Sifa@2026demo")).isEmpty();
    }

    @Test
    void shortOrPlainPasswordsFail() {
        assertThat(codes("zhangsan", "Ab1!")).contains("password-length");
        assertThat(codes("zhangsan", "abcdefghij12")).contains("password-too-weak");
        assertThat(codes("zhangsan", "abcdefghij!!")).contains("password-too-weak");
        assertThat(codes("zhangsan", "")).containsExactly("required");
    }

    @Test
    void aPasswordContainingTheUsernameFailsWhateverTheCase() {
        assertThat(codes("zhangsan", "ZhangSan#2026")).contains("password-contains-username");
    }
}
