package cn.sifa.enforcement.inspection;

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
import org.springframework.http.HttpStatus;
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
import cn.sifa.core.web.StepResponses;
import cn.sifa.enforcement.inspection.InspectionRequests.ApproveRequest;
import cn.sifa.enforcement.inspection.InspectionRequests.CheckInRequest;
import cn.sifa.enforcement.inspection.InspectionRequests.CompleteRequest;
import cn.sifa.enforcement.inspection.InspectionRequests.NoticeRequest;
import cn.sifa.enforcement.inspection.InspectionRequests.RejectRequest;
import cn.sifa.enforcement.inspection.InspectionRequests.RequestInspection;
import cn.sifa.enforcement.inspection.InspectionRequests.WhiteListRequest;
import cn.sifa.enforcement.inspection.InspectionService.EnterpriseCount;
import cn.sifa.enforcement.inspection.InspectionService.InspectionFilter;
import cn.sifa.enforcement.inspection.InspectionService.WhiteListed;

@RestController
@RequestMapping("/api/enforcement/v1")
@Tag(name = "涉企检查", description = "审批、告知、扫码入企、年度检查上限、白名单、综合查一次")
@ApiErrors
class InspectionController {

    private static final String PATH = "/api/enforcement/v1/inspections/";

    private final InspectionService inspections;

    InspectionController(InspectionService inspections) {
        this.inspections = inspections;
    }

    @GetMapping(value = "/inspections", produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "涉企检查列表(可导出)")
    public ResponseEntity<PageView<InspectionView>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) UUID leadAgencyId,
            @RequestParam(required = false) InspectionStatus status, @RequestParam(required = false) String enterpriseCreditCode,
            @RequestParam(required = false) Boolean overCap,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        InspectionFilter filter = new InspectionFilter(divisionCode, leadAgencyId, status, enterpriseCreditCode, overCap, from, to);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            inspections.export(filter, export, response);
            return null;
        }
        return inspections.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/inspections/{id}")
    @Operation(summary = "涉企检查详情(含时间线)")
    @ApiResponse(responseCode = "200", description = "涉企检查")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<InspectionView> get(@PathVariable UUID id) {
        return Answers.ok(inspections.get(id));
    }

    @PostMapping("/inspections")
    @Operation(summary = "申请涉企检查(计数本年度检查次数:达到上限提醒,超过上限或白名单企业须政府层级审批)")
    @ApiResponse(responseCode = "201", description = "已申请")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    public ResponseEntity<InspectionView> request(@Valid @RequestBody RequestInspection request) {
        InspectionView created = inspections.request(request);
        return Answers.created(PATH + created.id(), created);
    }

    @PostMapping("/inspections/{id}/approve")
    @Operation(summary = "审批(超过上限或白名单企业须 GOVERNMENT 层级)")
    @StepResponses
    public ResponseEntity<InspectionView> approve(@PathVariable UUID id, @Valid @RequestBody ApproveRequest request,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(inspections.approve(id, ifMatch, request));
    }

    @PostMapping("/inspections/{id}/reject")
    @Operation(summary = "不予批准")
    @StepResponses
    public ResponseEntity<InspectionView> reject(@PathVariable UUID id, @Valid @RequestBody RejectRequest request,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(inspections.reject(id, ifMatch, request));
    }

    @PostMapping("/inspections/{id}/notify")
    @Operation(summary = "事先告知企业(须早于检查日)")
    @StepResponses
    public ResponseEntity<InspectionView> notifyEnterprise(@PathVariable UUID id, @Valid @RequestBody NoticeRequest request,
                                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(inspections.notifyEnterprise(id, ifMatch, request));
    }

    @PostMapping("/inspections/{id}/check-in")
    @Operation(summary = "扫码入企(至少两名持有效执法证的执法人员)")
    @StepResponses
    public ResponseEntity<InspectionView> checkIn(@PathVariable UUID id, @Valid @RequestBody CheckInRequest request,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(inspections.checkIn(id, ifMatch, request));
    }

    @PostMapping("/inspections/{id}/complete")
    @Operation(summary = "完成检查")
    @StepResponses
    public ResponseEntity<InspectionView> complete(@PathVariable UUID id, @Valid @RequestBody CompleteRequest request,
                                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(inspections.complete(id, ifMatch, request));
    }

    @GetMapping("/inspections/per-enterprise")
    @Operation(summary = "各企业年度检查次数(本辖区)")
    public PageView<EnterpriseCount> perEnterprise(@RequestParam(required = false) Integer year,
                                                   @RequestParam(required = false) String divisionCode,
                                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return inspections.perEnterprise(year, divisionCode, page, size);
    }

    @GetMapping("/white-list-enterprises")
    @Operation(summary = "白名单企业列表(本辖区;检查须更高层级审批)")
    public List<WhiteListed> whiteList(@RequestParam(required = false) String divisionCode) {
        return inspections.whiteList(divisionCode);
    }

    @PostMapping("/white-list-enterprises")
    @Operation(summary = "列入本区划白名单(白名单按区划分列:其他区划已列入同一企业不影响本区划列入)")
    @ApiResponse(responseCode = "201", description = "已列入")
    @ApiResponse(responseCode = "409", description = "本区划白名单已有该企业")
    public ResponseEntity<WhiteListed> addToWhiteList(@Valid @RequestBody WhiteListRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(inspections.addToWhiteList(request));
    }
}
