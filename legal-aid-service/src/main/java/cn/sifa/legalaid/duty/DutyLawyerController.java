package cn.sifa.legalaid.duty;

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
import cn.sifa.legalaid.duty.DutyLawyerRegister.DutyServiceFilter;

@RestController
@RequestMapping("/api/legal-aid/v1/duty-lawyer-services")
@Tag(name = "值班律师", description = "法院、检察院、看守所法律援助工作站的值班律师服务:认罪认罚、帮助人次")
@ApiErrors
class DutyLawyerController {

    private final DutyLawyerRegister register;

    DutyLawyerController(DutyLawyerRegister register) {
        this.register = register;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "值班律师服务台账(可导出)")
    public ResponseEntity<PageView<DutyServiceView>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) DutyPostKind postKind,
            @RequestParam(required = false) DutyServiceKind serviceKind, @RequestParam(required = false) UUID providerId,
            @RequestParam(required = false) Boolean pleaLeniency,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        DutyServiceFilter filter = new DutyServiceFilter(divisionCode, postKind, serviceKind, providerId, pleaLeniency, from, to, q);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            register.export(filter, export, response);
            return null;
        }
        return register.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "值班律师服务记录")
    @ApiResponse(responseCode = "200", description = "服务记录")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<DutyServiceView> get(@PathVariable UUID id) {
        return Answers.ok(register.get(id));
    }

    @PostMapping
    @Operation(summary = "登记值班律师服务")
    @ApiResponse(responseCode = "201", description = "已登记")
    public ResponseEntity<DutyServiceView> register(@Valid @RequestBody DutyServiceRequest request) {
        DutyServiceView created = register.register(request);
        return Answers.created("/api/legal-aid/v1/duty-lawyer-services/" + created.id(), created);
    }
}
