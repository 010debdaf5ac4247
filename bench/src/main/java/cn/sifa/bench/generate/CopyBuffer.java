package cn.sifa.bench.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;

/**
 * Rows of one table in PostgreSQL's COPY text format, built in memory for one chunk and then streamed with
 * {@code CopyManager.copyIn}. Text format: tab between columns, {@code \N} for NULL, backslash escapes.
 */
final class CopyBuffer {

    final String table;
    final String columns;
    private final StringBuilder row = new StringBuilder(512);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    private boolean first = true;
    private long rows;

    CopyBuffer(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    String copySql() {
        return "COPY " + table + " (" + columns + ") FROM STDIN";
    }

    private void sep() {
        if (first) {
            first = false;
        } else {
            row.append('\t');
        }
    }

    CopyBuffer nul() {
        sep();
        row.append("\\N");
        return this;
    }

    CopyBuffer text(String v) {
        if (v == null) {
            return nul();
        }
        sep();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
        return this;
    }

    CopyBuffer raw(String v) {
        if (v == null) {
            return nul();
        }
        sep();
        row.append(v);
        return this;
    }

    CopyBuffer uuid(UUID v) {
        return v == null ? nul() : raw(v.toString());
    }

    CopyBuffer num(long v) {
        sep();
        row.append(v);
        return this;
    }

    CopyBuffer num(BigDecimal v) {
        return v == null ? nul() : raw(v.toPlainString());
    }

    /** A nullable number (Integer, Long): null writes NULL. */
    CopyBuffer num(Number v) {
        return v == null ? nul() : raw(v.toString());
    }

    CopyBuffer bool(boolean v) {
        sep();
        row.append(v ? 't' : 'f');
        return this;
    }

    CopyBuffer date(LocalDate v) {
        return v == null ? nul() : raw(v.toString());
    }

    CopyBuffer ts(OffsetDateTime v) {
        return v == null ? nul() : raw(v.toString());
    }

    /** A PostgreSQL array literal of plain words (codes). */
    CopyBuffer array(Collection<String> words) {
        if (words == null) {
            return nul();
        }
        sep();
        row.append('{').append(String.join(",", words)).append('}');
        return this;
    }

    void end() {
        row.append('\n');
        byte[] b = row.toString().getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
        row.setLength(0);
        first = true;
        rows++;
    }

    long rows() {
        return rows;
    }

    int size() {
        return bytes.size();
    }

    void writeTo(OutputStream out) throws IOException {
        bytes.writeTo(out);
    }

    void reset() {
        bytes.reset();
        rows = 0;
    }
}
