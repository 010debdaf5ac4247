package cn.sifa.review.statistics;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.sifa.core.web.ApiErrors;

@RestController
@Tag(name = "行政复议应诉统计")
@ApiErrors
class ReviewStatisticsController {

    private final ReviewStatistics statistics;

    ReviewStatisticsController(ReviewStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/review/v1/statistics")
    @Operation(summary = "行政复议与行政应诉统计(收案、结案、纠错率、法定期限内结案率、败诉率、负责人出庭应诉率;默认今年1月1日至今)")
    public ResponseEntity<ReviewStatisticsView> statistics(@RequestParam(required = false) String divisionCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return ResponseEntity.ok(statistics.of(divisionCode, from, to));
    }
}
