package cn.sifa.mediation.screening;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.list.Filters;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.core.web.StepResponses;
import cn.sifa.core.workflow.TransitionView;
import cn.sifa.mediation.dispute.CaseRequests.PartyRequest;
import cn.sifa.mediation.dispute.CaseSource;
import cn.sifa.mediation.dispute.CaseView;
import cn.sifa.mediation.dispute.DisputeType;

@Tag(name = "人民调解 · 矛盾纠纷排查", description = "主动排查、风险等级、民转刑风险,可转为调解案件")
@RestController
@RequestMapping("/api/mediation/v1/screenings")
@ApiErrors
class ScreeningController {

    private static final Map<String, String> SORTABLE = Map.of("screenedOn", "screenedOn", "riskLevel", "riskLevel");

    private final DivisionScope scope;
    private final ScreeningService service;

    ScreeningController(DivisionScope scope, ScreeningService service) {
        this.scope = scope;
        this.service = service;
    }

    @Schema(description = "排查记录")
    record ScreeningRequest(
            @Schema(description = "行政区划代码,默认为调用方所在区划", example = "430105001") String divisionCode,
            @Schema(description = "调委会 ID") UUID committeeId,
            @Schema(description = "排查调解员 ID") UUID mediatorId,
            @Schema(description = "排查日期,默认今天", example = "2026-11-20") LocalDate screenedOn,
            @Schema(description = "地点", example = "东风路街道某小区") @NotBlank @Size(max = 200) String place,
            @Schema(description = "纠纷类型", example = "PROPERTY_MGMT") @NotNull DisputeType disputeType,
            @Schema(description = "情况", example = "业主与物业公司因停车收费发生争执") @NotBlank @Size(max = 2000) String summary,
            @Schema(description = "当事人") @NotEmpty @Size(max = 30) List<@Valid @NotNull PartyRequest> parties,
            @Schema(description = "风险等级", example = "MEDIUM") @NotNull RiskLevel riskLevel,
            @Schema(description = "是否可能激化为治安、刑事案件(民转刑)", example = "false") Boolean escalationRisk,
            @Schema(description = "已采取的措施", example = "已约谈双方") @Size(max = 1000) String measures) {
    }

    @Schema(description = "转为调解案件")
    record ConvertRequest(
            @Schema(description = "收案日期,默认今天,不得早于排查日期", example = "2026-11-21") LocalDate receivedOn,
            @Schema(description = "纠纷来源,默认 PROACTIVE", example = "PROACTIVE") CaseSource source,
            @Schema(description = "调委会 ID,默认为排查的调委会") UUID committeeId) {
    }

    @Schema(description = "当场化解")
    record ResolveRequest(
            @Schema(description = "化解日期,默认今天", example = "2026-11-21") LocalDate resolvedOn,
            @Schema(description = "化解措施", example = "现场说服教育,双方握手言和") @Size(max = 1000) String measures) {
    }

    @Schema(description = "排查记录")
    record ScreeningView(@Schema(description = "ID") UUID id,
                         @Schema(description = "行政区划代码", example = "430105001") String divisionCode,
                         @Schema(description = "调委会 ID") UUID committeeId,
                         @Schema(description = "排查调解员 ID") UUID mediatorId,
                         @Schema(description = "排查日期", example = "2026-11-20") LocalDate screenedOn,
                         @Schema(description = "地点", example = "某小区") String place,
                         @Schema(description = "纠纷类型", example = "PROPERTY_MGMT") DisputeType disputeType,
                         @Schema(description = "纠纷类型名称", example = "物业纠纷") String disputeTypeLabel,
                         @Schema(description = "情况", example = "停车收费争执") String summary,
                         @Schema(description = "当事人(身份证号脱敏)") List<CaseView.PartyView> parties,
                         @Schema(description = "风险等级", example = "MEDIUM") RiskLevel riskLevel,
                         @Schema(description = "风险等级名称", example = "中风险") String riskLevelLabel,
                         @Schema(description = "民转刑风险", example = "false") boolean escalationRisk,
                         @Schema(description = "措施", example = "已约谈双方") String measures,
                         @Schema(description = "状态", example = "OPEN") ScreeningStatus status,
                         @Schema(description = "转成的案件 ID") UUID caseId,
                         @Schema(description = "化解日期", example = "2026-11-21") LocalDate resolvedOn,
                         @Schema(description = "允许的操作", example = "[\"convert\",\"resolve\"]") List<String> allowedActions,
                         @Schema(description = "法定期限(列表行为空)") List<DeadlineView> deadlines,
                         @Schema(description = "最近的未届满期限(来自 core_deadline)", example = "2026-12-21") LocalDate nextDueOn,
                         @Schema(description = "是否有期限已逾期", example = "false") boolean overdue,
                         @Schema(description = "流程记录(列表行为空)") List<TransitionView> history,
                         @Schema(description = "版本号", example = "0") long version) {
    }

    @Operation(summary = "查询排查记录")
    @ApiResponse(responseCode = "200", description = "列表")
    @GetMapping
    ResponseEntity<PageView<ScreeningView>> list(@Parameter(description = "行政区划", example = "430105") @RequestParam(required = false) String divisionCode,
                                 @Parameter(description = "状态", example = "OPEN") @RequestParam(required = false) ScreeningStatus status,
                                 @Parameter(description = "风险等级", example = "HIGH") @RequestParam(required = false) RiskLevel riskLevel,
                                 @Parameter(description = "只看有民转刑风险的", example = "true") @RequestParam(required = false) Boolean escalationRisk,
                                 @Parameter(description = "纠纷类型", example = "LABOUR") @RequestParam(required = false) DisputeType disputeType,
                                 @Parameter(description = "排查日期起", example = "2026-01-01") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @Parameter(description = "排查日期止", example = "2026-06-30") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @Parameter(description = "页码", example = "0") @RequestParam(required = false) Integer page,
                                 @Parameter(description = "每页条数", example = "20") @RequestParam(required = false) Integer size,
                                 @Parameter(description = "排序", example = "screenedOn,desc") @RequestParam(required = false) List<String> sort) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ValidationException.of("to", "date-order", "结束日期不能早于开始日期");
        }
        Specification<Screening> spec = Filters.of(Screening.class)
                .division(scope, divisionCode)
                .eq("status", status)
                .eq("riskLevel", riskLevel)
                .eq("escalationRisk", escalationRisk)
                .eq("disputeType", disputeType)
                .between("screenedOn", from, to)
                .build();
        return service.list(spec, Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Order.desc("screenedOn")))).toResponse();
    }

    @Operation(summary = "登记排查记录")
    @ApiResponse(responseCode = "201", description = "已登记")
    @PostMapping
    ResponseEntity<ScreeningView> create(@Valid @RequestBody ScreeningRequest r) {
        ScreeningView s = service.create(r);
        return ResponseEntity.created(URI.create("/api/mediation/v1/screenings/" + s.id())).eTag(Etags.of(s.version())).body(s);
    }

    @Operation(summary = "查看排查记录")
    @ApiResponse(responseCode = "200", description = "排查记录")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}")
    ResponseEntity<ScreeningView> get(@PathVariable UUID id) {
        ScreeningView s = service.get(id);
        return ResponseEntity.ok().eTag(Etags.of(s.version())).body(s);
    }

    @Operation(summary = "转为调解案件", description = "以排查情况登记调解案件(来源默认主动调解),返回新案件")
    @ApiResponse(responseCode = "201", description = "已转为案件,Location 为案件地址")
    @StepResponses
    @PostMapping("/{id}/convert")
    ResponseEntity<CaseView> convert(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody(required = false) ConvertRequest body) {
        CaseView view = service.convert(id, ifMatch, body == null ? new ConvertRequest(null, null, null) : body);
        return ResponseEntity.created(URI.create("/api/mediation/v1/cases/" + view.id())).eTag(Etags.of(view.version())).body(view);
    }

    @Operation(summary = "当场化解", description = "无需立案调解的排查记录")
    @ApiResponse(responseCode = "200", description = "已化解")
    @StepResponses
    @PostMapping("/{id}/resolve")
    ResponseEntity<ScreeningView> resolve(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody(required = false) ResolveRequest body) {
        ScreeningView s = service.resolve(id, ifMatch, body == null ? new ResolveRequest(null, null) : body);
        return ResponseEntity.ok().eTag(Etags.of(s.version())).body(s);
    }
}
