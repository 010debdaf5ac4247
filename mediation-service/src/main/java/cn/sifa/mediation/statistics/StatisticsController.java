package cn.sifa.mediation.statistics;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.export.Exporter;
import cn.sifa.core.list.Listing;
import cn.sifa.core.web.ApiErrors;

@Tag(name = "人民调解 · 统计", description = "METRICS.md 人民调解各项指标")
@RestController
@RequestMapping("/api/mediation/v1/statistics")
@ApiErrors
class StatisticsController {

    private final MediationStatistics statistics;
    private final Exporter exporter;

    StatisticsController(MediationStatistics statistics, Exporter exporter) {
        this.statistics = statistics;
        this.exporter = exporter;
    }

    @Operation(summary = "人民调解统计", description = "管辖范围内任一区划、任一期间(含起止日)的各项指标与工作总结句;Accept 为 CSV/Excel 时导出")
    @ApiResponse(responseCode = "200", description = "统计结果", content = {
            @Content(mediaType = "application/json"),
            @Content(mediaType = "text/csv"),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    @GetMapping
    ResponseEntity<StatisticsView> get(
            @Parameter(description = "行政区划,默认调用方所在区划", example = "430105") @RequestParam(required = false) String divisionCode,
            @Parameter(description = "起(含),默认本年1月1日", example = "2026-01-01") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "止(含),默认今天", example = "2026-06-30") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        StatisticsView view = statistics.compute(divisionCode, from, to);
        ExportFormat format = Listing.requestedExport(request.getHeader(org.springframework.http.HttpHeaders.ACCEPT));
        if (format != null) {
            exporter.write(response, format, "人民调解统计", List.of(
                    new ExportColumn<String[]>("指标", r -> r[0]),
                    new ExportColumn<String[]>("数值", r -> r[1])), MediationStatistics.flatten(view).stream());
            return null;
        }
        return ResponseEntity.ok(view);
    }
}
