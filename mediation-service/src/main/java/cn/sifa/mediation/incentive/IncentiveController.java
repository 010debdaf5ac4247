package cn.sifa.mediation.incentive;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.export.Exporter;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.Listing;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.mediation.dispute.Difficulty;
import cn.sifa.mediation.dispute.DisputeType;
import cn.sifa.mediation.incentive.IncentiveCalculator.MediatorIncentive;

@Tag(name = "人民调解 · 以案定补", description = "补贴与信用积分规则(按纠纷类型、难易程度配置)及按调解员、期间计算")
@RestController
@RequestMapping("/api/mediation/v1")
@ApiErrors
class IncentiveController {

    private final IncentiveService service;
    private final Exporter exporter;

    IncentiveController(IncentiveService service, Exporter exporter) {
        this.service = service;
        this.exporter = exporter;
    }

    @Schema(description = "补贴与积分规则")
    record RuleRequest(
            @Schema(description = "行政区划代码,默认为调用方所在区划(仅新建时有效)", example = "430105") String divisionCode,
            @Schema(description = "适用事项", example = "SUCCESSFUL_MEDIATION") @NotNull IncentiveKind kind,
            @Schema(description = "纠纷类型,空为全部", example = "MEDICAL") DisputeType disputeType,
            @Schema(description = "难易程度,空为全部", example = "DIFFICULT") Difficulty difficulty,
            @Schema(description = "每件补贴(元)", example = "300.00") @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal subsidyAmount,
            @Schema(description = "每件积分", example = "10") @NotNull @Min(0) @Max(1000) Integer creditPoints,
            @Schema(description = "生效日期", example = "2025-01-01") @NotNull LocalDate validFrom,
            @Schema(description = "失效日期", example = "2026-12-31") LocalDate validTo,
            @Schema(description = "说明", example = "依据区司法局以案定补办法") @Size(max = 500) String note) {
    }

    @Schema(description = "补贴与积分规则")
    record RuleView(@Schema(description = "ID") UUID id,
                    @Schema(description = "行政区划代码", example = "430105") String divisionCode,
                    @Schema(description = "适用事项", example = "SUCCESSFUL_MEDIATION") IncentiveKind kind,
                    @Schema(description = "纠纷类型", example = "MEDICAL") DisputeType disputeType,
                    @Schema(description = "难易程度", example = "DIFFICULT") Difficulty difficulty,
                    @Schema(description = "每件补贴(元)", example = "300.00") BigDecimal subsidyAmount,
                    @Schema(description = "每件积分", example = "10") int creditPoints,
                    @Schema(description = "生效日期", example = "2025-01-01") LocalDate validFrom,
                    @Schema(description = "失效日期", example = "2026-12-31") LocalDate validTo,
                    @Schema(description = "说明", example = "以案定补") String note,
                    @Schema(description = "版本号", example = "0") long version) {
    }

    @Schema(description = "期间补贴与积分")
    record IncentiveReport(@Schema(description = "起", example = "2026-01-01") LocalDate from,
                           @Schema(description = "止", example = "2026-06-30") LocalDate to,
                           @Schema(description = "补贴合计(元)", example = "125000.00") BigDecimal totalSubsidy,
                           @Schema(description = "积分合计", example = "4200") long totalCreditPoints,
                           @Schema(description = "按调解员") List<MediatorIncentive> mediators) {
    }

    @Operation(summary = "查询补贴与积分规则")
    @ApiResponse(responseCode = "200", description = "规则列表")
    @GetMapping("/incentive-rules")
    ResponseEntity<PageView<RuleView>> list(@Parameter(description = "适用事项", example = "SUCCESSFUL_MEDIATION") @RequestParam(required = false) IncentiveKind kind,
                            @Parameter(description = "页码", example = "0") @RequestParam(required = false) Integer page,
                            @Parameter(description = "每页条数", example = "50") @RequestParam(required = false) Integer size) {
        return service.list(Filters.of(IncentiveRule.class).eq("kind", kind).build(),
                Paging.of(page, size, null, Map.of(), Sort.by("kind", "validFrom"))).toResponse();
    }

    @Operation(summary = "新建补贴与积分规则")
    @ApiResponse(responseCode = "201", description = "已新建")
    @PostMapping("/incentive-rules")
    ResponseEntity<RuleView> create(@Valid @RequestBody RuleRequest r) {
        IncentiveRule rule = service.create(r);
        return ResponseEntity.created(URI.create("/api/mediation/v1/incentive-rules/" + rule.getId()))
                .eTag(Etags.of(rule.getVersion())).body(view(rule));
    }

    @Operation(summary = "修改补贴与积分规则", description = "支持 If-Match")
    @ApiResponse(responseCode = "200", description = "已修改")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping("/incentive-rules/{id}")
    ResponseEntity<RuleView> update(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @Valid @RequestBody RuleRequest r) {
        IncentiveRule rule = service.update(id, ifMatch, r);
        return ResponseEntity.ok().eTag(Etags.of(rule.getVersion())).body(view(rule));
    }

    @Operation(summary = "计算调解员补贴与积分", description = "期间内调解成功、调解终止的案件(按结案日期)和排查(按排查日期);Accept 为 CSV/Excel 时导出")
    @ApiResponse(responseCode = "200", description = "按调解员汇总")
    @GetMapping("/incentives")
    ResponseEntity<IncentiveReport> compute(
            @Parameter(description = "行政区划", example = "430105") @RequestParam(required = false) String divisionCode,
            @Parameter(description = "起(含),默认本年1月1日", example = "2026-01-01") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "止(含),默认今天", example = "2026-06-30") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        IncentiveService.Computed computed = service.compute(divisionCode, from, to);
        LocalDate start = computed.period().from();
        LocalDate end = computed.period().to();
        List<MediatorIncentive> rows = computed.rows();
        ExportFormat format = Listing.requestedExport(request.getHeader(org.springframework.http.HttpHeaders.ACCEPT));
        if (format != null) {
            exporter.write(response, format, "调解员补贴与积分", List.of(
                    new ExportColumn<MediatorIncentive>("调解员", MediatorIncentive::name),
                    new ExportColumn<MediatorIncentive>("专兼职", m -> m.employment().label()),
                    new ExportColumn<MediatorIncentive>("调解成功", MediatorIncentive::succeeded),
                    new ExportColumn<MediatorIncentive>("调解终止", MediatorIncentive::failed),
                    new ExportColumn<MediatorIncentive>("排查", MediatorIncentive::screenings),
                    new ExportColumn<MediatorIncentive>("补贴(元)", MediatorIncentive::subsidy),
                    new ExportColumn<MediatorIncentive>("积分", MediatorIncentive::creditPoints)), rows.stream());
            return null;
        }
        return ResponseEntity.ok(new IncentiveReport(start, end,
                rows.stream().map(MediatorIncentive::subsidy).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().mapToLong(MediatorIncentive::creditPoints).sum(), rows));
    }

    static RuleView view(IncentiveRule r) {
        return new RuleView(r.getId(), r.getDivisionCode(), r.getKind(), r.getDisputeType(), r.getDifficulty(), r.getSubsidyAmount(),
                r.getCreditPoints(), r.getValidFrom(), r.getValidTo(), r.getNote(), r.getVersion());
    }
}
