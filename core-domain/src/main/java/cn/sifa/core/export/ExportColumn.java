package cn.sifa.core.export;

import java.util.function.Function;

/** One column of an export: Chinese header and how to read the cell from a row. */
public record ExportColumn<T>(String header, Function<T, ?> value) {

    /** A column of division codes, written as the division's name (开福区), as a clerk reads it. */
    public static <T> ExportColumn<T> division(String header, Function<T, String> code) {
        return new ExportColumn<>(header, row -> {
            String value = code.apply(row);
            return value == null ? null : new DivisionCode(value);
        });
    }

    /** A division code that the exporter writes as the division's name (the code itself if it has none). */
    public record DivisionCode(String code) {

        @Override
        public String toString() {
            return code;
        }
    }
}
