package cn.sifa.enforcement.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import cn.sifa.enforcement.EnforcementApiTest;

class ActionImportApiTest extends EnforcementApiTest {

    private static byte[] workbook(int rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("执法数据");
        List<String> headers = ActionImports.COLUMNS;
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
        }
        for (int r = 1; r <= rows; r++) {
            ws.value(r, 0, "X-" + r);
            ws.value(r, 1, r % 2 == 0 ? "行政处罚" : "LICENSING");
            if (r == 3) {
                ws.value(r, 2, "2026-13-45");
            } else {
                ws.value(r, 2, LocalDate.of(2026, 3, 2));
                ws.style(r, 2).format("yyyy-mm-dd").set();
            }
            ws.value(r, 3, "某公司" + r);
            ws.value(r, 5, r % 2 == 0 ? "警告、罚款" : "");
            if (r % 2 == 0) {
                ws.value(r, 6, 500);
            }
            ws.value(r, 7, "否");
            ws.value(r, 10, "是");
        }
        wb.finish();
        return out.toByteArray();
    }

    @Test
    void anExcelImportRunsInTheBackgroundReportsProgressAndAnErrorReport() throws Exception {
        UUID agency = agency(kaifu);
        MockMultipartFile file = new MockMultipartFile("file", "执法数据.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook(25));
        String id = read(as(kaifu, multipart(API + "/action-imports").file(file).param("agencyId", agency.toString()))
                .andExpect(status().isAccepted()).andExpect(header().exists("Location")), "$.id");
        String state = "QUEUED";
        for (int i = 0; i < 200 && !state.equals("DONE") && !state.equals("FAILED"); i++) {
            Thread.sleep(100);
            state = read(getJson(kaifu, API + "/action-imports/" + id), "$.status");
        }
        assertThat(state).isEqualTo("DONE");
        String progress = body(getJson(kaifu, API + "/action-imports/" + id));
        assertThat(progress).contains("\"total\":25", "\"processed\":25", "\"accepted\":24", "\"rejected\":1");
        assertThat(count("enf_action", "agency_id = ?", agency)).isEqualTo(24);
        assertThat(jdbc.queryForObject("select array_to_string(penalty_kinds, ',') from enf_action where agency_id = ? and external_ref = 'X-2'",
                String.class, agency)).isEqualTo("WARNING,FINE");

        byte[] report = as(kaifu, get(API + "/action-imports/" + id + "/errors")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(report))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("4");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("决定日期");
        }
        getJson(jinyun, API + "/action-imports/" + id).andExpect(status().isNotFound());
    }

    @Test
    void theTemplateHasTheColumnsAndANonExcelUploadIsRefused() throws Exception {
        byte[] template = as(kaifu, get(API + "/action-imports/template")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            assertThat(wb.getFirstSheet().read().get(0).getCellText(0)).isEqualTo("记录编号");
        }
        UUID agency = agency(kaifu);
        long before = count("enf_action_import", "agency_id = ?", agency);
        as(kaifu, multipart(API + "/action-imports").file(new MockMultipartFile("file", "data.csv", "text/csv", "a,b".getBytes()))
                .param("agencyId", agency.toString())).andExpect(status().isBadRequest());
        assertThat(count("enf_action_import", "agency_id = ?", agency)).isEqualTo(before);
    }
}
