package cn.sifa.mediation.statistics;

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

@Tag(name = "人民调解 · 统计", description = "METRICS.md 人民调解各项指标")
@RestController
@RequestMapping("/api/mediation/v1/statistics")
@ApiErrors
class StatisticsController {

    private final MediationStatistics statistics;
    private final StatisticsExport export;

    StatisticsController(MediationStatistics statistics, StatisticsExport export) {
        this.statistics = statistics;
        this.export = export;
    }

    @Operation(summary = "人民调解统计", description = "管辖范围内任一区划、任一期间(含起止日)的各项指标与工作总结句;Accept 为 CSV/Excel 时导出同样的数字(类别、指标、数值、说明)")
    @ApiResponse(responseCode = "200", description = "统计(JSON;Accept 为 text/csv 或 Excel 时为同样数字的导出文件)")
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    ResponseEntity<StatisticsView> get(
            @Parameter(description = "行政区划,默认调用方所在区划", example = "430105") @RequestParam(required = false) String divisionCode,
            @Parameter(description = "起(含),默认本年1月1日", example = "2026-01-01") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "止(含),默认今天", example = "2026-06-30") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        return export.answer(accept, response, "人民调解统计", () -> statistics.compute(divisionCode, from, to));
    }
}
