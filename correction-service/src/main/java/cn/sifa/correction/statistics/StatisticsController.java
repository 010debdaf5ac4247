package cn.sifa.correction.statistics;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.statistics.StatisticsExport;
import cn.sifa.core.web.ApiErrors;

@RestController
@RequestMapping("/api/correction/v1/statistics")
@Tag(name = "社区矫正统计", description = "在册、接收、解矫、调查评估按期率、奖惩、脱管")
@ApiErrors
class StatisticsController {

    private final StatisticsService statistics;
    private final StatisticsExport export;

    StatisticsController(StatisticsService statistics, StatisticsExport export) {
        this.statistics = statistics;
        this.export = export;
    }

    @ApiResponse(responseCode = "200", description = "统计(JSON;Accept 为 text/csv 或 Excel 时为同样数字的导出文件)")
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "社区矫正统计(期间默认本年1月1日至今天;Accept 为 CSV/Excel 时导出同样的数字)")
    public ResponseEntity<CorrectionStatistics> get(
            @RequestParam(required = false) @Parameter(description = "行政区划代码,默认本单位管辖范围") String divisionCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        return export.answer(accept, response, "社区矫正统计", () -> statistics.of(divisionCode, from, to));
    }
}
