package cn.sifa.enforcement.leniency;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.export.Exporter;
import cn.sifa.core.person.CreditCode;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.agency.Agencies;
import cn.sifa.enforcement.agency.Agency;
import cn.sifa.enforcement.leniency.LeniencyRequests.DecisionRequest;
import cn.sifa.enforcement.leniency.LeniencyRequests.ItemRequest;
import cn.sifa.enforcement.leniency.LeniencyViews.DecisionView;
import cn.sifa.enforcement.leniency.LeniencyViews.ItemView;
import cn.sifa.enforcement.support.Exports;
import cn.sifa.enforcement.support.Responses;
import cn.sifa.enforcement.support.Specs;

@RestController
@RequestMapping("/api/enforcement/v1")
@Tag(name = "柔性执法", description = "免罚轻罚清单与不予处罚决定(行政处罚法第三十三条)")
@ApiResponse(responseCode = "400", description = "参数不合法")
@ApiResponse(responseCode = "401", description = "未认证")
@ApiResponse(responseCode = "403", description = "缺少权限")
class LeniencyController {

    private final LeniencyItems items;
    private final LenientDecisions decisions;
    private final Agencies agencies;
    private final DivisionScope scope;
    private final Exporter exporter;

    LeniencyController(LeniencyItems items, LenientDecisions decisions, Agencies agencies, DivisionScope scope, Exporter exporter) {
        this.items = items;
        this.decisions = decisions;
        this.agencies = agencies;
        this.scope = scope;
        this.exporter = exporter;
    }

    @GetMapping("/leniency-items")
    @Operation(summary = "免罚轻罚清单")
    @Transactional(readOnly = true)
    public PageView<ItemView> listItems(@RequestParam(required = false) String divisionCode,
                                        @RequestParam(required = false) LeniencyListKind listKind,
                                        @RequestParam(required = false) UUID agencyId, @RequestParam(required = false) String q,
                                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var spec = Specs.<LeniencyItem>within(scope.narrowTo(divisionCode)).eq("listKind", listKind).eq("agencyId", agencyId)
                .contains("matter", q).build();
        return PageView.of(items.findAll(spec, Paging.of(page, size, null, Map.of(), Sort.by("listKind", "matter", "id"))), ItemView::of);
    }

    @GetMapping("/leniency-items/{id}")
    @Operation(summary = "清单事项详情")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @Transactional(readOnly = true)
    public ResponseEntity<ItemView> getItem(@PathVariable UUID id) {
        LeniencyItem item = items.require(id);
        return Responses.ok(item.getVersion(), ItemView.of(item));
    }

    @PostMapping("/leniency-items")
    @Operation(summary = "新增清单事项")
    @ApiResponse(responseCode = "201", description = "已新增")
    @Transactional
    public ResponseEntity<ItemView> createItem(@Valid @RequestBody ItemRequest request) {
        String division;
        if (request.agencyId() != null) {
            division = agencies.require(request.agencyId()).getDivisionCode();
        } else {
            division = scope.divisionForCreate(request.divisionCode());
        }
        StepDates.of("publishedOn", request.publishedOn(), null, null);
        LeniencyItem item = items.saveAndFlush(new LeniencyItem(division, request.agencyId(), request.listKind(),
                request.matter().trim(), request.legalBasis().trim(), request.conditions().trim(), request.publishedOn()));
        return Responses.created("/api/enforcement/v1/leniency-items/" + item.getId(), item.getVersion(), ItemView.of(item));
    }

    @GetMapping(value = "/lenient-decisions", produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "不予处罚决定列表(可导出)")
    @Transactional(readOnly = true)
    public ResponseEntity<PageView<DecisionView>> listDecisions(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) UUID agencyId,
            @RequestParam(required = false) LenientKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) throws IOException {
        var spec = Specs.<LenientDecision>within(scope.narrowTo(divisionCode)).eq("agencyId", agencyId).eq("kind", kind)
                .between("decidedOn", from, to).build();
        var export = Exports.requested(accept);
        if (export.isPresent()) {
            exporter.write(response, export.get(), "不予处罚决定", List.<ExportColumn<LenientDecision>>of(
                    new ExportColumn<>("情形", d -> d.getKind().label()), new ExportColumn<>("当事人", LenientDecision::getPartyName),
                    new ExportColumn<>("违法行为", LenientDecision::getViolation), new ExportColumn<>("决定日期", LenientDecision::getDecidedOn),
                    new ExportColumn<>("教育方式", LenientDecision::getEducationMethod)),
                    decisions.findAll(spec, Sort.by("decidedOn")).stream());
            return null;
        }
        return ResponseEntity.ok(PageView.of(decisions.findAll(spec, Paging.of(page, size, sort, Map.of("decidedOn", "decidedOn"),
                Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.asc("id")))), DecisionView::of));
    }

    @GetMapping("/lenient-decisions/{id}")
    @Operation(summary = "不予处罚决定详情")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @Transactional(readOnly = true)
    public ResponseEntity<DecisionView> getDecision(@PathVariable UUID id) {
        LenientDecision d = decisions.require(id);
        return Responses.ok(d.getVersion(), DecisionView.of(d));
    }

    @PostMapping("/lenient-decisions")
    @Operation(summary = "登记不予处罚决定(首违不罚 / 轻微不罚 / 无过错不罚)")
    @ApiResponse(responseCode = "201", description = "已登记")
    @ApiResponse(responseCode = "404", description = "执法主体或清单事项不存在或不在管辖范围内")
    @Transactional
    public ResponseEntity<DecisionView> createDecision(@Valid @RequestBody DecisionRequest request) {
        Agency agency = agencies.require(request.agencyId());
        if (request.leniencyItemId() != null) {
            items.require(request.leniencyItemId());
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        StepDates.check(errors, "decidedOn", request.decidedOn(), null, null);
        if (request.correctedOn() != null && request.correctedOn().isAfter(request.decidedOn())
                && request.kind() != LenientKind.NO_FAULT) {
            errors.add("correctedOn", "date-order", "首违不罚、轻微不罚以及时改正为前提,改正日期不能晚于决定日期");
        }
        if (request.kind() != LenientKind.NO_FAULT && request.correctedOn() == null) {
            errors.add("correctedOn", "required", "首违不罚、轻微不罚须填写改正日期");
        }
        errors.throwIfAny();
        LenientDecision d = decisions.saveAndFlush(new LenientDecision(agency.getDivisionCode(), agency.getId(), request.leniencyItemId(),
                request.kind(), request.partyName().trim(),
                request.partyCreditCode() == null || request.partyCreditCode().isBlank() ? null : CreditCode.parse(request.partyCreditCode()).value(),
                request.violation().trim(), request.decidedOn(), request.correctedOn(), request.educationMethod().trim()));
        return Responses.created("/api/enforcement/v1/lenient-decisions/" + d.getId(), d.getVersion(), DecisionView.of(d));
    }
}
