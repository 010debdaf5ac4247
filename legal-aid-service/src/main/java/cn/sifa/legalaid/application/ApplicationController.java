package cn.sifa.legalaid.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Listing;
import cn.sifa.core.web.Answers;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.StepResponses;
import cn.sifa.legalaid.aidcase.AidCategory;
import cn.sifa.legalaid.aidcase.AidMatter;
import cn.sifa.legalaid.application.ApplicationRequests.CreateRequest;
import cn.sifa.legalaid.application.ApplicationRequests.DecisionRequest;
import cn.sifa.legalaid.application.ApplicationRequests.ForwardedRequest;
import cn.sifa.legalaid.application.ApplicationRequests.MaterialsSuppliedRequest;
import cn.sifa.legalaid.application.ApplicationRequests.ObjectionDecisionRequest;
import cn.sifa.legalaid.application.ApplicationRequests.ObjectionRequest;
import cn.sifa.legalaid.application.ApplicationRequests.PreProvisionRequest;
import cn.sifa.legalaid.application.ApplicationRequests.SupplementRequest;
import cn.sifa.legalaid.application.ApplicationRequests.UpdateRequest;
import cn.sifa.legalaid.application.ApplicationRequests.WithdrawnRequest;
import cn.sifa.legalaid.application.ApplicationService.ApplicationFilter;

@RestController
@RequestMapping("/api/legal-aid/v1/applications")
@Tag(name = "法律援助申请", description = "UNDER_REVIEW → GRANTED | REFUSED → OBJECTION_FILED → UPHELD | GRANTED;补充材料;先行提供")
@ApiErrors
class ApplicationController {

    private static final String PATH = "/api/legal-aid/v1/applications/";

    private final ApplicationService applications;

    ApplicationController(ApplicationService applications) {
        this.applications = applications;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "法律援助申请列表(mine=true 为我的;可导出)")
    public ResponseEntity<PageView<ApplicationListItem>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) List<ApplicationStatus> status,
            @RequestParam(required = false) AidCategory category, @RequestParam(required = false) AidMatter matter,
            @RequestParam(required = false) ApplicationChannel channel,
            @RequestParam(required = false) @Parameter(description = "true:只看我承办的") Boolean mine,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @Parameter(description = "true:只看已逾期的") Boolean overdue,
            @RequestParam(required = false) @Parameter(description = "true:只看3个工作日内到期的") Boolean dueSoon,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        ApplicationFilter filter = new ApplicationFilter(divisionCode, status, category, matter, channel, mine, from, to, q, overdue, dueSoon);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            applications.export(filter, export, response);
            return null;
        }
        return applications.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "法律援助申请详情(含期限与时间线)")
    @ApiResponse(responseCode = "200", description = "申请")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<ApplicationView> get(@PathVariable UUID id) {
        return Answers.ok(applications.get(id));
    }

    @PostMapping
    @Operation(summary = "受理法律援助申请(开启7日审查期限,第四十三条)")
    @ApiResponse(responseCode = "201", description = "已受理,审查中")
    public ResponseEntity<ApplicationView> create(@Valid @RequestBody CreateRequest request) {
        ApplicationView created = applications.create(request);
        return Answers.created(PATH + created.id(), created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改申请登记信息(审查中、待补充材料时;须带 If-Match)",
            description = "整张登记表:所属区划与是否在押人员申请不可修改,状态与决定由各步骤记录;身份证号码、联系电话原样送回脱敏值即保留原值;"
                    + "收到申请日期改动时,自收到之日起算的7日审查期限随之重算。审查决定作出后修改返回 409(invalid-transition)。")
    @StepResponses
    @ApiResponse(responseCode = "428", description = "缺少 If-Match", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<ApplicationView> update(@PathVariable UUID id, @Valid @RequestBody UpdateRequest request,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(applications.update(id, ifMatch, request));
    }

    @PostMapping("/{id}/forwarded")
    @Operation(summary = "在押人员的申请已转交法律援助机构(履行24小时转交期限,第三十九条;开启7日审查期限)")
    @StepResponses
    public ResponseEntity<ApplicationView> forwarded(@PathVariable UUID id, @Valid @RequestBody ForwardedRequest request,
                                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(applications.forwarded(id, ifMatch, request));
    }

    @PostMapping("/{id}/supplement-request")
    @Operation(summary = "一次性告知补充材料(审查期限自材料补齐之日重新起算)")
    @StepResponses
    public ResponseEntity<ApplicationView> supplementRequest(@PathVariable UUID id, @Valid @RequestBody SupplementRequest request,
                                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(applications.requestSupplement(id, ifMatch, request));
    }

    @PostMapping("/{id}/materials-supplied")
    @Operation(summary = "材料已补齐(重新开启7日审查期限)")
    @StepResponses
    public ResponseEntity<ApplicationView> materialsSupplied(@PathVariable UUID id, @Valid @RequestBody MaterialsSuppliedRequest request,
                                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(applications.materialsSupplied(id, ifMatch, request));
    }

    @PostMapping("/{id}/deem-withdrawn")
    @Operation(summary = "未按要求补充材料,视为撤回申请")
    @StepResponses
    public ResponseEntity<ApplicationView> deemWithdrawn(@PathVariable UUID id, @Valid @RequestBody WithdrawnRequest request,
                                                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(applications.deemWithdrawn(id, ifMatch, request));
    }

    @PostMapping("/{id}/pre-provision")
    @Operation(summary = "先行提供法律援助(第四十四条;立即立案待指派)")
    @StepResponses
    public ResponseEntity<ApplicationView> preProvision(@PathVariable UUID id, @Valid @RequestBody PreProvisionRequest request,
                                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(applications.preProvide(id, ifMatch, request));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "审查决定(给予则立案,3日内指派;不予须说明理由)")
    @StepResponses
    public ResponseEntity<ApplicationView> decision(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request,
                                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(applications.decide(id, ifMatch, request));
    }

    @PostMapping("/{id}/objection")
    @Operation(summary = "对不予法律援助决定提出异议(司法行政部门5日内审查,第四十九条)")
    @StepResponses
    public ResponseEntity<ApplicationView> objection(@PathVariable UUID id, @Valid @RequestBody ObjectionRequest request,
                                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(applications.object(id, ifMatch, request));
    }

    @PostMapping("/{id}/objection-decision")
    @Operation(summary = "异议审查决定(维持 / 责令改正)")
    @StepResponses
    public ResponseEntity<ApplicationView> objectionDecision(@PathVariable UUID id, @Valid @RequestBody ObjectionDecisionRequest request,
                                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(applications.decideObjection(id, ifMatch, request));
    }
}
