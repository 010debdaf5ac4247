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

    /** The core's negotiation ({@link ExportFormat#requested}): a client accepting JSON first gets JSON. */
    public static Optional<ExportFormat> requested(String accept) {
        return ExportFormat.requested(accept);
    }
}
