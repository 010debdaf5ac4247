package cn.sifa.core.division;

import java.util.regex.Pattern;

/**
 * GB/T 2260 code arithmetic. A province is {@code PP0000}, a city {@code PPCC00}, a county {@code PPCCDD},
 * a town or street {@code PPCCDDTTT}. "X is within Y" is "X starts with the significant prefix of Y", which
 * PostgreSQL answers from a plain b-tree index on a {@code COLLATE "C"} column.
 */
public final class DivisionCodes {

    private static final Pattern CODE = Pattern.compile("\\d{6}|\\d{9}");

    private DivisionCodes() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The significant prefix: every division below this one has a code that starts with it. */
    public static String prefixOf(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("不是有效的行政区划代码: " + code);
        }
        if (code.length() == 9) {
            return code;
        }
        if (code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        if (code.endsWith("00")) {
            return code.substring(0, 4);
        }
        return code;
    }

    public static boolean isWithin(String code, String ancestor) {
        return isWellFormed(code) && code.startsWith(prefixOf(ancestor));
    }

    public static DivisionLevel levelOf(String code) {
        if (code.length() == 9) {
            return DivisionLevel.TOWN;
        }
        if (code.endsWith("0000")) {
            return DivisionLevel.PROVINCE;
        }
        if (code.endsWith("00")) {
            return DivisionLevel.CITY;
        }
        return DivisionLevel.COUNTY;
    }
}
