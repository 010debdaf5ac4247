package cn.sifa.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import cn.sifa.core.organization.OrganizationType;

class StreamingExporterTest {

    record Row(String name, OrganizationType type, LocalDate receivedOn, BigDecimal amount, Instant at, Boolean done) {
    }

    static final List<ExportColumn<Row>> COLUMNS = List.of(
            new ExportColumn<>("名称", Row::name),
            new ExportColumn<>("类型", Row::type),
            new ExportColumn<>("收案日期", Row::receivedOn),
            new ExportColumn<>("金额(元)", Row::amount),
            new ExportColumn<>("时间", Row::at),
            new ExportColumn<>("已结", Row::done));

    final StreamingExporter exporter = new StreamingExporter();

    @Test
    void csvHasABomQuotesWhereNeededAndShowsLabelsAndDates() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        exporter.write(response, ExportFormat.CSV, "调解案件", COLUMNS, Stream.of(
                new Row("张三, 李四 \"邻里\"纠纷", OrganizationType.MEDIATION_COMMITTEE, LocalDate.of(2026, 1, 5),
                        new BigDecimal("3000.50"), Instant.parse("2026-01-05T01:30:00Z"), true),
                new Row("=HYPERLINK(\"x\")", OrganizationType.BUREAU, null, null, null, false),
                new Row("两行\n说明", null, null, null, null, null)));
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("名称,类型,收案日期,金额(元),时间,已结\r\n"
                + "\"张三, 李四 \"\"邻里\"\"纠纷\",人民调解委员会,2026-01-05,3000.50,2026-01-05 09:30:00,是\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",司法局,,,,否\r\n"
                + "\"两行\n说明\",,,,,\r\n");
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"____.csv\"; filename*=UTF-8''%E8%B0%83%E8%A7%A3%E6%A1%88%E4%BB%B6.csv");
    }

    /** A clerk reads 开福区, not 430105; a code with no register entry is written as it is. */
    @Test
    void aDivisionColumnShowsTheDivisionsName() throws Exception {
        StreamingExporter named = new StreamingExporter(code -> "430105".equals(code) ? Optional.of("开福区") : Optional.empty());
        List<ExportColumn<String>> columns = List.of(ExportColumn.division("行政区划", code -> code));
        MockHttpServletResponse csv = new MockHttpServletResponse();
        named.write(csv, ExportFormat.CSV, "区划", columns, Stream.of("430105", "999999", null));
        byte[] bytes = csv.getContentAsByteArray();
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("行政区划\r\n开福区\r\n999999\r\n\r\n");
        MockHttpServletResponse xlsx = new MockHttpServletResponse();
        named.write(xlsx, ExportFormat.XLSX, "区划", columns, Stream.of("430105"));
        assertThat(unzip(xlsx.getContentAsByteArray()).get("xl/worksheets/sheet1.xml")).contains("<is><t>开福区</t></is>");
    }

    @Test
    void xlsxStreamsEveryRowIntoAWorkbook() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        int rows = 2_500;
        exporter.write(response, ExportFormat.XLSX, "机构", COLUMNS, IntStream.rangeClosed(1, rows).mapToObj(i ->
                new Row("机构" + i, OrganizationType.LEGAL_AID_CENTER, LocalDate.of(2026, 3, 1), BigDecimal.valueOf(i), null, null)));
        assertThat(response.getContentType()).isEqualTo(ExportFormat.XLSX_TYPE);
        assertThat(response.getHeader("Content-Disposition")).endsWith("filename*=UTF-8''%E6%9C%BA%E6%9E%84.xlsx");
        Map<String, String> parts = unzip(response.getContentAsByteArray());
        assertThat(parts).containsKeys("xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml");
        assertThat(parts.get("xl/workbook.xml")).contains("<sheet name=\"机构\"");
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        // Big parts: assert on booleans so that a failure does not print megabytes.
        assertThat(sheet.contains("r=\"A" + (rows + 1) + "\"")).as("last row present").isTrue();
        assertThat(sheet.contains("r=\"A" + (rows + 2) + "\"")).as("no extra row").isFalse();
        assertThat(parts.get("xl/sharedStrings.xml").contains("收案日期")).as("header").isTrue();
        // Cell text is written inline, so nothing accumulates in the shared-strings table while rows stream.
        for (String expected : List.of("法律援助中心", "机构2500")) {
            assertThat(sheet.contains("<is><t>" + expected + "</t></is>")).as(expected).isTrue();
            assertThat(parts.get("xl/sharedStrings.xml").contains(expected)).as(expected + " not shared").isFalse();
        }
        assertThat(parts.get("xl/styles.xml").contains("yyyy-mm-dd")).as("date format").isTrue();
    }

    @Test
    void xlsxContinuesOnANewSheetWithTheHeaderWhenASheetIsFull() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        exporter.writeXlsx(out, "机构", COLUMNS, IntStream.rangeClosed(1, 7).mapToObj(i ->
                new Row("机构" + i, OrganizationType.LEGAL_AID_CENTER, LocalDate.of(2026, 3, 1), BigDecimal.valueOf(i), null,
                        null)), 3);
        Map<String, String> parts = unzip(out.toByteArray());
        assertThat(parts.get("xl/workbook.xml")).contains("<sheet name=\"机构\"", "<sheet name=\"机构 (2)\"",
                "<sheet name=\"机构 (3)\"");
        for (int n = 1; n <= 3; n++) {
            String sheet = parts.get("xl/worksheets/sheet" + n + ".xml");
            assertThat(sheet).as("sheet %d has the header row", n).contains("r=\"A1\"");
            int dataRows = n < 3 ? 3 : 1;
            assertThat(sheet).contains("r=\"A" + (dataRows + 1) + "\"").doesNotContain("r=\"A" + (dataRows + 2) + "\"");
        }
        assertThat(StreamingExporter.ROWS_PER_SHEET).isEqualTo(1_048_575);
        assertThat(StreamingExporter.continuationName("一".repeat(31), 12)).hasSize(31).endsWith(" (12)");
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        // fastexcel streams entries with data descriptors: read through the central directory, as Excel does.
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, bytes);
            Map<String, String> parts = new HashMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                    // fastexcel writes non-ASCII text as numeric character references
                    parts.put(e.getName(), java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                            .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16)))));
                }
            }
            return parts;
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
