package cn.sifa.core.export;

import java.util.function.Function;

/** One column of an export: Chinese header and how to read the cell from a row. */
public record ExportColumn<T>(String header, Function<T, ?> value) {
}
