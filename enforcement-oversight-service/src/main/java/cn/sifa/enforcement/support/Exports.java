package cn.sifa.enforcement.support;

import java.util.Optional;

import cn.sifa.core.export.ExportFormat;

/**
 * CONVENTIONS: {@code Accept: text/csv} or the spreadsheet type on a list exports the whole filtered result. A list
 * method produces JSON and both export types and branches here, so that content negotiation never turns ambiguous.
 */
public final class Exports {

    private Exports() {
    }

    public static Optional<ExportFormat> requested(String accept) {
        if (accept == null) {
            return Optional.empty();
        }
        if (accept.contains(ExportFormat.XLSX_TYPE)) {
            return Optional.of(ExportFormat.XLSX);
        }
        if (accept.contains(ExportFormat.CSV_TYPE)) {
            return Optional.of(ExportFormat.CSV);
        }
        return Optional.empty();
    }
}
