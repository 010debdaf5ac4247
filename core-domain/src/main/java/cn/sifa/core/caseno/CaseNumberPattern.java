package cn.sifa.core.caseno;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organization's case-number pattern. Placeholders: {@code {abbr}} (the organization's short name),
 * {@code {series}} (the service's character, e.g. 调), {@code {year}}, {@code {seq}} or {@code {seq:N}} (the
 * sequence, zero-padded to N digits). The default gives the official style {@code 开福调〔2026〕12号}.
 */
public final class CaseNumberPattern {

    public static final String DEFAULT = "{abbr}{series}〔{year}〕{seq}号";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::(\\d))?}");

    private CaseNumberPattern() {
    }

    /** Empty when the pattern is usable, else a Chinese explanation. */
    public static Optional<String> problemWith(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return Optional.of("案号格式不能为空");
        }
        if (pattern.length() > 60) {
            return Optional.of("案号格式不能超过 60 个字符");
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        boolean seq = false;
        while (m.find()) {
            String name = m.group(1);
            switch (name) {
                case "seq" -> seq = true;
                case "abbr", "series", "year" -> {
                    if (m.group(2) != null) {
                        return Optional.of("占位符 {" + name + "} 不能指定位数");
                    }
                }
                default -> {
                    return Optional.of("未知的占位符 {" + name + "},可用:{abbr} {series} {year} {seq} {seq:N}");
                }
            }
        }
        String rest = PLACEHOLDER.matcher(pattern).replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            return Optional.of("案号格式中的花括号不成对");
        }
        return seq ? Optional.empty() : Optional.of("案号格式必须包含序号占位符 {seq}");
    }

    public static String format(String pattern, String abbr, String series, int year, long seq) {
        Matcher m = PLACEHOLDER.matcher(pattern == null || pattern.isBlank() ? DEFAULT : pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "abbr" -> abbr;
                case "series" -> series;
                case "year" -> Integer.toString(year);
                case "seq" -> m.group(2) == null ? Long.toString(seq)
                        : String.format("%0" + m.group(2) + "d", seq);
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
