package cn.sifa.core.export;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Streams a whole filtered list as CSV (UTF-8 with BOM, so Excel opens Chinese correctly) or XLSX, row by row:
 * memory stays flat whatever the row count. The caller keeps the stream's transaction open while writing.
 */
public interface Exporter {

    <T> void write(HttpServletResponse response, ExportFormat format, String filename, List<ExportColumn<T>> columns,
                   Stream<T> rows) throws IOException;
}
