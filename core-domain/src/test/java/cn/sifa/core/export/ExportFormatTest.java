package cn.sifa.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which answer a list gives for an Accept header: an export only when the caller prefers it to JSON. */
class ExportFormatTest {

    static final String XLSX = ExportFormat.XLSX_TYPE;

    @Test
    void anExportTypeAloneExports() {
        assertThat(ExportFormat.requested("text/csv")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.requested(XLSX)).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.requested("text/csv;charset=UTF-8, application/problem+json")).contains(ExportFormat.CSV);
    }

    @Test
    void aGeneratedClientAcceptingEveryDeclaredTypeWithJsonFirstGetsJson() {
        assertThat(ExportFormat.requested("application/json, " + XLSX + ", text/csv, application/problem+json")).isEmpty();
        assertThat(ExportFormat.requested("application/json, application/problem+json")).isEmpty();
        assertThat(ExportFormat.requested("*/*")).isEmpty();
        assertThat(ExportFormat.requested(null)).isEmpty();
        assertThat(ExportFormat.requested("not a media type")).isEmpty();
    }

    @Test
    void qualityThenOrderDecides() {
        assertThat(ExportFormat.requested("application/json;q=0.5, text/csv")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.requested("text/csv, " + XLSX)).contains(ExportFormat.CSV);
        assertThat(ExportFormat.requested(XLSX + ";q=0.9, application/json;q=0.8")).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.requested("text/csv;q=0, application/json")).isEmpty();
    }
}
