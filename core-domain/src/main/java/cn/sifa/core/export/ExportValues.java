package cn.sifa.core.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.stream.Collectors;

import cn.sifa.core.dictionary.Labeled;

/** How a cell reads in both formats: dates yyyy-MM-dd, times in China time, codes by their Chinese label. */
final class ExportValues {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ExportValues() {
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Labeled labeled) {
            return labeled.label();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof TemporalAccessor t && toChinaTime(t) != null) {
            return DATE_TIME.format(toChinaTime(t));
        }
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (value instanceof java.math.BigDecimal bd) {
            return bd.toPlainString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(ExportValues::text).collect(Collectors.joining("、"));
        }
        return value.toString();
    }

    static LocalDateTime toChinaTime(TemporalAccessor t) {
        if (t instanceof Instant i) {
            return LocalDateTime.ofInstant(i, CHINA);
        }
        if (t instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(CHINA).toLocalDateTime();
        }
        if (t instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(CHINA).toLocalDateTime();
        }
        if (t instanceof LocalDateTime l) {
            return l;
        }
        return null;
    }
}
