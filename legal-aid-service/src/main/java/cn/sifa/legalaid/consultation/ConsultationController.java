package cn.sifa.legalaid.consultation;

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
import cn.sifa.legalaid.aidcase.AidMatter;
import cn.sifa.legalaid.consultation.ConsultationLog.ConsultationFilter;

@RestController
@RequestMapping("/api/legal-aid/v1/consultations")
@Tag(name = "法律咨询", description = "窗口、12348热线、网络等渠道的法律咨询登记(人次)")
@ApiErrors
class ConsultationController {

    private final ConsultationLog log;

    ConsultationController(ConsultationLog log) {
        this.log = log;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "法律咨询登记(可导出)")
    public ResponseEntity<PageView<ConsultationView>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) ConsultationChannel channel,
            @RequestParam(required = false) AidMatter matter,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        ConsultationFilter filter = new ConsultationFilter(divisionCode, channel, matter, from, to, q);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            log.export(filter, export, response);
            return null;
        }
        return log.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "法律咨询记录")
    @ApiResponse(responseCode = "200", description = "咨询记录")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<ConsultationView> get(@PathVariable UUID id) {
        return Answers.ok(log.get(id));
    }

    @PostMapping
    @Operation(summary = "登记法律咨询")
    @ApiResponse(responseCode = "201", description = "已登记")
    public ResponseEntity<ConsultationView> register(@Valid @RequestBody ConsultationRequest request) {
        ConsultationView created = log.register(request);
        return Answers.created("/api/legal-aid/v1/consultations/" + created.id(), created);
    }
}
