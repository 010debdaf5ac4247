package cn.sifa.enforcement.leniency;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Listing;
import cn.sifa.core.web.Answers;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.PageView;
import cn.sifa.enforcement.leniency.LeniencyRequests.DecisionRequest;
import cn.sifa.enforcement.leniency.LeniencyRequests.ItemRequest;
import cn.sifa.enforcement.leniency.LeniencyService.DecisionFilter;
import cn.sifa.enforcement.leniency.LeniencyService.ItemFilter;
import cn.sifa.enforcement.leniency.LeniencyViews.DecisionView;
import cn.sifa.enforcement.leniency.LeniencyViews.ItemView;

@RestController
@RequestMapping("/api/enforcement/v1")
@Tag(name = "柔性执法", description = "免罚轻罚清单与不予处罚决定(行政处罚法第三十三条)")
@ApiErrors
class LeniencyController {

    private final LeniencyService leniency;

    LeniencyController(LeniencyService leniency) {
        this.leniency = leniency;
    }

    @GetMapping("/leniency-items")
    @Operation(summary = "免罚轻罚清单")
    public ResponseEntity<PageView<ItemView>> listItems(@RequestParam(required = false) String divisionCode,
                                                        @RequestParam(required = false) LeniencyListKind listKind,
                                                        @RequestParam(required = false) UUID agencyId, @RequestParam(required = false) String q,
                                                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return leniency.items(new ItemFilter(divisionCode, listKind, agencyId, q), page, size).toResponse();
    }

    @GetMapping("/leniency-items/{id}")
    @Operation(summary = "清单事项详情")
    @ApiResponse(responseCode = "200", description = "清单事项")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<ItemView> getItem(@PathVariable UUID id) {
        return Answers.ok(leniency.item(id));
    }

    @PostMapping("/leniency-items")
    @Operation(summary = "新增清单事项")
    @ApiResponse(responseCode = "201", description = "已新增")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    public ResponseEntity<ItemView> createItem(@Valid @RequestBody ItemRequest request) {
        ItemView created = leniency.createItem(request);
        return Answers.created("/api/enforcement/v1/leniency-items/" + created.id(), created);
    }

    @GetMapping(value = "/lenient-decisions", produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "不予处罚决定列表(可导出)")
    public ResponseEntity<PageView<DecisionView>> listDecisions(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) UUID agencyId,
            @RequestParam(required = false) LenientKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        DecisionFilter filter = new DecisionFilter(divisionCode, agencyId, kind, from, to);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            leniency.exportDecisions(filter, export, response);
            return null;
        }
        return leniency.decisions(filter, page, size, sort).toResponse();
    }

    @GetMapping("/lenient-decisions/{id}")
    @Operation(summary = "不予处罚决定详情")
    @ApiResponse(responseCode = "200", description = "不予处罚决定")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<DecisionView> getDecision(@PathVariable UUID id) {
        return Answers.ok(leniency.decision(id));
    }

    @PostMapping("/lenient-decisions")
    @Operation(summary = "登记不予处罚决定(首违不罚 / 轻微不罚 / 无过错不罚)")
    @ApiResponse(responseCode = "201", description = "已登记")
    @ApiResponse(responseCode = "404", description = "执法主体或清单事项不存在或不在管辖范围内")
    public ResponseEntity<DecisionView> createDecision(@Valid @RequestBody DecisionRequest request) {
        DecisionView created = leniency.createDecision(request);
        return Answers.created("/api/enforcement/v1/lenient-decisions/" + created.id(), created);
    }
}
