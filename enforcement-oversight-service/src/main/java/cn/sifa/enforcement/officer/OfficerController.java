package cn.sifa.enforcement.officer;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Listing;
import cn.sifa.core.web.Answers;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.StepResponses;
import cn.sifa.enforcement.officer.OfficerService.OfficerFilter;

@RestController
@RequestMapping("/api/enforcement/v1/officers")
@Tag(name = "执法人员", description = "执法证、资格考试、培训;执法证过期提醒")
@ApiErrors
class OfficerController {

    private static final String PATH = "/api/enforcement/v1/officers/";

    private final OfficerService officers;

    OfficerController(OfficerService officers) {
        this.officers = officers;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "执法人员列表(certificateStatus=EXPIRED 查过期执法证;可导出)")
    public ResponseEntity<PageView<OfficerView>> list(@RequestParam(required = false) String divisionCode,
                                                      @RequestParam(required = false) UUID agencyId,
                                                      @RequestParam(required = false) String q,
                                                      @RequestParam(required = false) CertificateStatus certificateStatus,
                                                      @RequestParam(required = false) Boolean legalQualification,
                                                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                      @RequestParam(required = false) List<String> sort,
                                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                                      HttpServletResponse response) {
        OfficerFilter filter = new OfficerFilter(divisionCode, agencyId, q, certificateStatus, legalQualification);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            officers.export(filter, export, response);
            return null;
        }
        return officers.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "执法人员详情(含执法证有效期届满期限)")
    @ApiResponse(responseCode = "200", description = "执法人员")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<OfficerView> get(@PathVariable UUID id) {
        return Answers.ok(officers.get(id));
    }

    @PostMapping
    @Operation(summary = "登记执法人员(开启执法证有效期届满提醒:届满之日即到期,不顺延)")
    @ApiResponse(responseCode = "201", description = "已登记")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "执法证号重复")
    public ResponseEntity<OfficerView> create(@Valid @RequestBody OfficerRequest request) {
        OfficerView created = officers.create(request);
        return Answers.created(PATH + created.id(), created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改执法人员(换证时重开有效期提醒)")
    @StepResponses
    public ResponseEntity<OfficerView> update(@PathVariable UUID id, @Valid @RequestBody OfficerRequest request,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(officers.update(id, ifMatch, request));
    }
}
