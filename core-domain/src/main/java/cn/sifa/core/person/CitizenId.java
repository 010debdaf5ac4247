package cn.sifa.core.person;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A resident identity number (GB 11643-1999). {@link #parse(String)} accepts 18 characters with a valid check
 * digit, or a 15-digit legacy number which it upgrades. Area codes are not checked against current divisions:
 * retired codes stay valid on old IDs.
 */
public record CitizenId(String number, LocalDate birthDate, Sex sex) {

    public enum Sex { MALE, FEMALE }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** @throws IllegalArgumentException with a Chinese message saying what is wrong */
    public static CitizenId parse(String raw) {
        Object read = read(raw);
        if (read instanceof CitizenId id) {
            return id;
        }
        throw new IllegalArgumentException((String) read);
    }

    public static boolean isValid(String raw) {
        return read(raw) instanceof CitizenId;
    }

    /**
     * The parsed number, or the message saying what is wrong. Rejection returns a value instead of throwing, so
     * a bulk import that rejects many rows does not pay for an exception per row.
     */
    private static Object read(String raw) {
        if (raw == null || raw.isBlank()) {
            return "身份证号码不能为空";
        }
        String value = raw.trim().toUpperCase();
        if (value.length() == 15 && allDigits(value, 15)) {
            String body = value.substring(0, 6) + "19" + value.substring(6);
            value = body + checkDigit(body);
        }
        if (value.length() != 18 || !allDigits(value, 17)) {
            return "身份证号码应为18位(或15位旧号码)";
        }
        int year = Integer.parseInt(value, 6, 10, 10);
        int month = Integer.parseInt(value, 10, 12, 10);
        int day = Integer.parseInt(value, 12, 14, 10);
        if (year < 1850 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return "身份证号码中的出生日期无效";
        }
        LocalDate birth = LocalDate.of(year, month, day);
        if (birth.isAfter(LocalDate.now())) {
            return "身份证号码中的出生日期无效";
        }
        if (value.charAt(17) != checkDigit(value.substring(0, 17))) {
            return "身份证号码校验位不正确";
        }
        Sex sex = (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new CitizenId(value, birth, sex);
    }

    private static boolean allDigits(String value, int length) {
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** Masked for lists: {@code 330822********123X}. */
    public static String mask(String number) {
        if (number == null || number.length() < 10) {
            return number;
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    public String masked() {
        return mask(number);
    }

    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }
}
