package cn.sifa.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;

import cn.sifa.core.statistics.Rate;
import cn.sifa.core.statistics.StatisticsExport;
import cn.sifa.core.testing.ExportedSheet;

/** A statistics endpoint answers JSON, or the same figures as CSV or Excel when Accept asks for them. */
class StatisticsExportTest {

    record View(@Schema(description = "起(含)") LocalDate from, @Schema(description = "止(含)") LocalDate to,
                @Schema(description = "登记") long registered,
                @Schema(description = "成功率:成功 / 办结") Rate successRate) {
    }

    static final View VIEW = new View(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 3, Rate.of(1, 2));

    final StatisticsExport export = new StatisticsExport(new StreamingExporter());

    @Test
    void jsonWhenTheCallerPrefersIt() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ResponseEntity<View> answer = export.answer("application/json, text/csv", response, "统计", () -> VIEW);
        assertThat(answer.getBody()).isEqualTo(VIEW);
        assertThat(export.answer(null, response, "统计", () -> VIEW).getBody()).isEqualTo(VIEW);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void csvWithTheFiguresAsClerksReadThem() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(export.answer("text/csv", response, "人民调解统计", () -> VIEW)).isNull();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("2026-01-01");
        ExportedSheet sheet = ExportedSheet.csv(response.getContentAsByteArray());
        assertThat(sheet.header()).containsExactly("类别", "指标", "数值", "说明");
        assertThat(sheet.figure("", "登记")).isEqualTo("3");
        assertThat(sheet.figure("", "起(含)")).isEqualTo("2026-01-01");
        assertThat(sheet.rows()).contains(java.util.List.of("", "成功率", "50.00%(1/2)", "成功 / 办结"));
    }

    @Test
    void excelWithCountsAsNumbers() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(export.answer(ExportFormat.XLSX_TYPE, response, "人民调解统计", () -> VIEW)).isNull();
        assertThat(response.getContentType()).isEqualTo(ExportFormat.XLSX_TYPE);
        ExportedSheet sheet = ExportedSheet.xlsx(response.getContentAsByteArray());
        assertThat(sheet.header()).containsExactly("类别", "指标", "数值", "说明");
        assertThat(sheet.figure("", "登记")).isEqualTo("3");
        assertThat(sheet.figure("", "成功率")).isEqualTo("50.00%(1/2)");
    }
}
