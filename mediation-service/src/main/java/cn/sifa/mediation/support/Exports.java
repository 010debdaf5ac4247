package cn.sifa.mediation.support;

import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletRequest;

import cn.sifa.core.export.ExportFormat;

/** CONVENTIONS: {@code Accept: text/csv} or the XLSX type on a list or statistics endpoint exports the whole result. */
public final class Exports {

    private Exports() {
    }

    /** The export format the caller asks for, or null for the ordinary JSON answer. */
    public static ExportFormat requested(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return null;
        }
        if (accept.contains(ExportFormat.XLSX_TYPE)) {
            return ExportFormat.XLSX;
        }
        return accept.contains(ExportFormat.CSV_TYPE) ? ExportFormat.CSV : null;
    }
}
