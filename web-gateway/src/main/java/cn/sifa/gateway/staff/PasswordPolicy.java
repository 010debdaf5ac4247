package cn.sifa.gateway.staff;

import java.util.Locale;

import cn.sifa.core.error.ValidationException;

/**
 * At least ten characters with letters, digits and a symbol, and not containing the username. Checked when an
 * account is created and when a password is reset; failures are 400 field errors on {@code password}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72; // BCrypt ignores anything longer

    private PasswordPolicy() {
    }

    public static void check(String username, String password, ValidationException.Collector errors) {
        if (password == null || password.isEmpty()) {
            errors.add("password", "required", "请输入密码");
            return;
        }
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            errors.add("password", "password-length", "密码长度须为 " + MIN_LENGTH + " 到 " + MAX_LENGTH + " 个字符");
        }
        boolean letter = password.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        boolean digit = password.chars().anyMatch(c -> c >= '0' && c <= '9');
        boolean symbol = password.chars().anyMatch(c -> c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c));
        if (!letter || !digit || !symbol) {
            errors.add("password", "password-too-weak", "密码须同时包含字母、数字和符号");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            errors.add("password", "password-contains-username", "密码不能包含用户名");
        }
    }
}
