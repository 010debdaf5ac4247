package cn.sifa.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import cn.sifa.core.division.Division;
import cn.sifa.core.division.DivisionRepository;
import cn.sifa.core.web.ContentDispositions;

/**
 * The {@link Exporter}: CSV (UTF-8 with BOM so Excel reads Chinese, RFC 4180 quoting, CRLF) or XLSX written by
 * fastexcel, which streams sheet XML straight to the response. Rows are flushed every {@value #FLUSH_EVERY}, so
 * memory stays flat and the first bytes reach the client early.
 */
@Component
class StreamingExporter implements Exporter {

    static final int FLUSH_EVERY = 1000;
    /** Excel's 1,048,576 rows per sheet, less the header row. */
    static final int ROWS_PER_SHEET = Worksheet.MAX_ROWS - 1;
    private static final String SHEET_MAX_NAME = "数据";

    /** Division names by code: reference data the migrations load, so they are kept for the process's life. */
    private final Map<String, String> divisionNames = new ConcurrentHashMap<>();
    private final Function<String, Optional<String>> divisionName;

    /** Without a division register (unit tests): a division column shows its code. */
    StreamingExporter() {
        this(code -> Optional.empty());
    }

    @Autowired
    StreamingExporter(DivisionRepository divisions) {
        this(code -> divisions.findById(code).map(Division::getName));
    }

    StreamingExporter(Function<String, Optional<String>> divisionName) {
        this.divisionName = divisionName;
    }

    /** The cell's value as written: a division code becomes its name. */
    private Object shown(Object value) {
        if (value instanceof ExportColumn.DivisionCode division) {
            return divisionNames.computeIfAbsent(division.code(), code -> divisionName.apply(code).orElse(code));
        }
        return value;
    }

    @Override
    public <T> void write(HttpServletResponse response, ExportFormat format, String filename, List<ExportColumn<T>> columns,
                          Stream<T> rows) throws IOException {
        String base = filename == null || filename.isBlank() ? "导出" : filename;
        String fullName = base.toLowerCase().endsWith("." + format.extension()) ? base : base + "." + format.extension();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format == ExportFormat.CSV ? format.mediaType() + ";charset=UTF-8" : format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(fullName));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        OutputStream out = response.getOutputStream();
        if (format == ExportFormat.CSV) {
            writeCsv(out, columns, rows);
        } else {
            writeXlsx(out, base, columns, rows);
        }
        out.flush();
    }

    <T> void writeCsv(OutputStream out, List<ExportColumn<T>> columns, Stream<T> rows) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        w.write('\uFEFF');
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                w.write(',');
            }
            w.write(csvField(columns.get(c).header(), false));
        }
        w.write("\r\n");
        int n = 0;
        for (Iterator<T> it = rows.iterator(); it.hasNext(); ) {
            T row = it.next();
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    w.write(',');
                }
                Object value = shown(columns.get(c).value().apply(row));
                w.write(csvField(ExportValues.text(value), value instanceof CharSequence));
            }
            w.write("\r\n");
            if (++n % FLUSH_EVERY == 0) {
                w.flush();
            }
        }
        w.flush();
    }

    /**
     * RFC 4180: quote fields holding a comma, quote or line break, doubling inner quotes. Free text starting with
     * = + - @ is prefixed with an apostrophe so Excel does not run it as a formula (CSV injection).
     */
    static String csvField(String text, boolean freeText) {
        String value = text;
        if (freeText && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    <T> void writeXlsx(OutputStream out, String sheetName, List<ExportColumn<T>> columns, Stream<T> rows) throws IOException {
        writeXlsx(out, sheetName, columns, rows, ROWS_PER_SHEET);
    }

    /**
     * A sheet holds at most {@code rowsPerSheet} data rows under its header (Excel's limit is 1,048,576 rows in all);
     * further rows continue on sheets named "name (2)", "name (3)"…, each with the header, so a province-wide
     * export of millions of rows still opens in Excel.
     */
    <T> void writeXlsx(OutputStream out, String sheetName, List<ExportColumn<T>> columns, Stream<T> rows, int rowsPerSheet)
            throws IOException {
        Workbook workbook = new Workbook(out, "Sifa", "1.0");
        String base = sheetName(sheetName);
        int sheetNo = 1;
        Worksheet sheet = newSheet(workbook, base, sheetNo, columns);
        int r = 0;
        for (Iterator<T> it = rows.iterator(); it.hasNext(); ) {
            T row = it.next();
            if (r == rowsPerSheet) {
                sheet.finish();
                sheet = newSheet(workbook, base, ++sheetNo, columns);
                r = 0;
            }
            r++;
            for (int c = 0; c < columns.size(); c++) {
                cell(sheet, r, c, shown(columns.get(c).value().apply(row)));
            }
            if (r % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        sheet.finish();
        workbook.finish();
    }

    private static <T> Worksheet newSheet(Workbook workbook, String base, int number, List<ExportColumn<T>> columns) {
        String name = number == 1 ? base : continuationName(base, number);
        Worksheet sheet = workbook.newWorksheet(name);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).header());
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
            // widths before the first flush: the column definitions precede the rows in the sheet XML
            sheet.width(c, Math.max(10, Math.min(40, columns.get(c).header().length() * 2 + 4)));
        }
        sheet.freezePane(0, 1);
        return sheet;
    }

    static String continuationName(String base, int number) {
        String suffix = " (" + number + ")";
        return (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number && !(value instanceof java.math.BigInteger)) {
            sheet.value(r, c, number);
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("yyyy-mm-dd").set();
        } else if (value instanceof TemporalAccessor t && ExportValues.toChinaTime(t) != null) {
            LocalDateTime time = ExportValues.toChinaTime(t);
            sheet.value(r, c, time);
            sheet.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
        } else {
            // Inline, not shared: fastexcel keeps the shared-strings table in memory to the end of the workbook, so
            // shared cell text made the heap grow with the number of distinct values (case numbers, names…).
            sheet.inlineString(r, c, ExportValues.text(value));
        }
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\ . */
    static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        if (cleaned.isEmpty()) {
            cleaned = SHEET_MAX_NAME;
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
