package cn.sifa.legalaid.statistics;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.statistics.StatisticsExport;
import cn.sifa.core.web.ApiErrors;

@RestController
@Tag(name = "法律援助统计")
@ApiErrors
class LegalAidStatisticsController {

    private final LegalAidStatistics statistics;
    private final StatisticsExport export;

    LegalAidStatisticsController(LegalAidStatistics statistics, StatisticsExport export) {
        this.statistics = statistics;
        this.export = export;
    }

    @ApiResponse(responseCode = "200", description = "统计(JSON;Accept 为 text/csv 或 Excel 时为同样数字的导出文件)")
    @GetMapping(value = "/api/legal-aid/v1/statistics", produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "法律援助统计(默认本年1月1日至今天;按管辖范围;Accept 为 CSV/Excel 时导出同样的数字)")
    public ResponseEntity<LegalAidStatisticsView> statistics(
            @RequestParam(required = false) String divisionCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        return export.answer(accept, response, "法律援助统计", () -> statistics.compute(divisionCode, from, to));
    }
}
