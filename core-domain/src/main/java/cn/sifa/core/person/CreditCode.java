package cn.sifa.core.person;

/** A unified social credit code (GB 32100-2015), with its own check character and the GB 11714 inner check. */
public record CreditCode(String value) {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** @throws IllegalArgumentException with a Chinese message */
    public static CreditCode parse(String raw) {
        String problem = problem(raw);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new CreditCode(raw.trim().toUpperCase());
    }

    public static boolean isValid(String raw) {
        return problem(raw) == null;
    }

    /** What is wrong with the code, or null; no exception, so bulk validation stays cheap on rejections. */
    private static String problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return "统一社会信用代码不能为空";
        }
        String v = raw.trim().toUpperCase();
        if (v.length() != 18) {
            return "统一社会信用代码应为18位";
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARS.indexOf(v.charAt(i));
            if (value < 0) {
                return "统一社会信用代码含有无效字符 " + v.charAt(i);
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        if (CHARS.indexOf(v.charAt(17)) != check) {
            return "统一社会信用代码校验位不正确";
        }
        if (!organizationCodeValid(v.substring(8, 17))) {
            return "统一社会信用代码中的组织机构代码校验位不正确";
        }
        return null;
    }

    /** GB 11714: 8 body characters (digits or letters A=10…Z=35) and a check character. */
    static boolean organizationCodeValid(String code) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = code.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : (c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1);
            if (value < 0) {
                return false;
            }
            sum += value * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        return code.charAt(8) == expected;
    }

    /** Computes the check character of the first 17 characters (used by the data generator and tests). */
    public static char checkCharFor(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARS.charAt((31 - sum % 31) % 31);
    }
}
