package cn.sifa.enforcement.statistics;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.export.Exporter;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.list.Listing;
import cn.sifa.core.statistics.StatisticsPeriod;
import cn.sifa.core.statistics.Rate;

@RestController
@RequestMapping("/api/enforcement/v1/statistics")
@Tag(name = "统计", description = "行政执法监督统计(METRICS.md)")
@ApiResponse(responseCode = "400", description = "参数不合法")
@ApiResponse(responseCode = "401", description = "未认证")
@ApiResponse(responseCode = "403", description = "缺少 enforcement.read 权限")
class StatisticsController {

    private final StatisticsQuery query;
    private final DivisionScope scope;
    private final Exporter exporter;

    private final Clock clock;

    StatisticsController(StatisticsQuery query, DivisionScope scope, Exporter exporter, Clock clock) {
        this.query = query;
        this.clock = clock;
        this.scope = scope;
        this.exporter = exporter;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "统计:执法数据、三项制度、案卷评查、备案、涉企检查、投诉、柔性执法、合法性审查、执法证过期(期间默认本年1月1日至今日;可导出)")
    public ResponseEntity<EnforcementStatistics> statistics(
            @RequestParam(required = false) String divisionCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) throws IOException {
        LocalDate today = StepDates.today(clock);
        StatisticsPeriod period = StatisticsPeriod.of(from, to, today);
        String shown = divisionCode == null || divisionCode.isBlank() ? CurrentCaller.get().divisionCode() : divisionCode;
        EnforcementStatistics stats = query.compute(shown, scope.narrowTo(divisionCode), period.from(), period.to(), today);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            // a handful of figures already in memory: no query to stream
            exporter.write(response, export, "行政执法监督统计", List.of(new ExportColumn<String[]>("类别", r -> r[0]),
                    new ExportColumn<String[]>("指标", r -> r[1]), new ExportColumn<String[]>("数值", r -> r[2])), rows(stats).stream());
            return null;
        }
        return ResponseEntity.ok(stats);
    }

    private static List<String[]> rows(EnforcementStatistics s) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"执法数据", "报送总数", String.valueOf(s.actions().total())});
        s.actions().byType().forEach(c -> rows.add(new String[] {"执法数据", c.label(), String.valueOf(c.count())}));
        s.actions().byAgency().forEach(c -> rows.add(new String[] {"执法数据(按执法主体)", c.name(), String.valueOf(c.count())}));
        rows.add(rate("三项制度", "执法信息按时公示率", s.threeSystems().publication()));
        rows.add(rate("三项制度", "重大执法决定法制审核率", s.threeSystems().legalReview()));
        rows.add(rate("三项制度", "执法全过程音像记录率", s.threeSystems().recording()));
        rows.add(new String[] {"案卷评查", "已评分案卷", String.valueOf(s.fileReviews().scored())});
        s.fileReviews().byGrade().forEach(c -> rows.add(new String[] {"案卷评查", c.label(), String.valueOf(c.count())}));
        rows.add(new String[] {"案卷评查", "平均分", String.valueOf(s.fileReviews().meanScore())});
        rows.add(new String[] {"重大行政处罚备案", "备案数", String.valueOf(s.penaltyFilings().filed())});
        rows.add(new String[] {"重大行政处罚备案", "逾期备案", String.valueOf(s.penaltyFilings().late())});
        rows.add(new String[] {"涉企检查", "检查数", String.valueOf(s.inspections().total())});
        rows.add(new String[] {"涉企检查", "被检查企业数", String.valueOf(s.inspections().enterprises())});
        rows.add(new String[] {"涉企检查", "平均每企业检查次数", String.valueOf(s.inspections().perEnterprise())});
        rows.add(new String[] {"执法投诉", "受理", String.valueOf(s.complaints().received())});
        rows.add(new String[] {"执法投诉", "办结", String.valueOf(s.complaints().closed())});
        s.leniency().byKind().forEach(c -> rows.add(new String[] {"柔性执法", c.label(), String.valueOf(c.count())}));
        rows.add(new String[] {"柔性执法", "免罚轻罚清单事项", String.valueOf(s.leniency().listItems())});
        s.legalityReviews().byType().forEach(c -> rows.add(new String[] {"合法性审查", c.label(), String.valueOf(c.count())}));
        rows.add(rate("合法性审查", "意见采纳率", s.legalityReviews().adoption()));
        rows.add(new String[] {"合法性审查", "政府合同金额(元)", s.legalityReviews().contractAmount().toPlainString()});
        rows.add(new String[] {"规范性文件", "备案数", String.valueOf(s.normativeDocuments().filed())});
        rows.add(new String[] {"执法人员", "执法证已过期", String.valueOf(s.people().expiredCertificates())});
        return rows;
    }

    private static String[] rate(String section, String name, Rate r) {
        return new String[] {section, name, r.numerator() + "/" + r.denominator() + (r.fraction() == null ? "" : " = " + r.fraction())};
    }
}
