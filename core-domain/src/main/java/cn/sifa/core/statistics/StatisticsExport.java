package cn.sifa.core.statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.export.Exporter;

/**
 * The one answer of every statistics endpoint: the figures as JSON, or, when {@code Accept} asks for CSV or Excel
 * ({@link ExportFormat#requested}), the same figures as a {@link StatisticsSheet} written by the core
 * {@link Exporter}. The figures are computed once either way, so an export is exactly the JSON of the same request
 * (same division scope, same period). The controller declares
 * {@code produces = {APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE}} with an
 * {@code @ApiResponse(responseCode = "200")} (so the OpenAPI 200 lists the three types), and returns
 * {@code statisticsExport.answer(accept, response, "人民调解统计", () -> statistics.compute(...))}.
 */
@Component
public class StatisticsExport {

    private final Exporter exporter;

    public StatisticsExport(Exporter exporter) {
        this.exporter = exporter;
    }

    /** The JSON answer, or null once the export is written to {@code response}. */
    public <T extends Record> ResponseEntity<T> answer(String accept, HttpServletResponse response, String title,
                                                       Supplier<T> figures) {
        ExportFormat format = ExportFormat.requested(accept).orElse(null);
        T view = figures.get();
        if (format == null) {
            return ResponseEntity.ok(view);
        }
        try {
            exporter.write(response, format, StatisticsSheet.filename(title, view), StatisticsSheet.COLUMNS,
                    StatisticsSheet.rows(view).stream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
