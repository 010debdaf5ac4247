package cn.sifa.enforcement.statistics;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.statistics.StatisticsExport;
import cn.sifa.core.web.ApiErrors;

@RestController
@RequestMapping("/api/enforcement/v1/statistics")
@Tag(name = "统计", description = "行政执法监督统计(METRICS.md)")
@ApiErrors
class StatisticsController {

    private final StatisticsService statistics;
    private final StatisticsExport export;

    StatisticsController(StatisticsService statistics, StatisticsExport export) {
        this.statistics = statistics;
        this.export = export;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "统计:执法数据、三项制度、案卷评查、备案、涉企检查、投诉、柔性执法、合法性审查、执法证过期(期间默认本年1月1日至今日;Accept 为 CSV/Excel 时导出同样的数字)")
    @ApiResponse(responseCode = "200", description = "统计(JSON;Accept 为 text/csv 或 Excel 时为同样数字的导出文件)")
    public ResponseEntity<EnforcementStatistics> statistics(
            @RequestParam(required = false) String divisionCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        return export.answer(accept, response, "行政执法监督统计", () -> statistics.compute(divisionCode, from, to));
    }
}
