package cn.sifa.legalaid.statistics;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.web.ApiErrors;

@RestController
@Tag(name = "法律援助统计")
@ApiErrors
class LegalAidStatisticsController {

    private final LegalAidStatistics statistics;

    LegalAidStatisticsController(LegalAidStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/legal-aid/v1/statistics")
    @Operation(summary = "法律援助统计(默认本年1月1日至今天;按管辖范围)")
    public ResponseEntity<LegalAidStatisticsView> statistics(
            @RequestParam(required = false) String divisionCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return ResponseEntity.ok(statistics.compute(divisionCode, from, to));
    }
}
