package cn.sifa.mediation.expert;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
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
import cn.sifa.core.list.Filters;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.core.web.StepResponses;
import cn.sifa.core.workflow.TransitionView;
import cn.sifa.mediation.dispute.DisputeType;

@Tag(name = "人民调解 · 专家点单", description = "案件向调解专家库点单,专家接单或拒绝")
@RestController
@RequestMapping("/api/mediation/v1/expert-requests")
@ApiErrors
class ExpertRequestController {

    private final ExpertRequestService service;
    private final DivisionScope scope;

    ExpertRequestController(ExpertRequestService service, DivisionScope scope) {
        this.service = service;
        this.scope = scope;
    }

    @Schema(description = "专家点单")
    record ExpertRequestCreate(
            @Schema(description = "案件 ID") @NotNull UUID caseId,
            @Schema(description = "需要的专业领域", example = "MEDICAL") @NotNull DisputeType specialty,
            @Schema(description = "点名的专家 ID,可空") UUID expertId,
            @Schema(description = "点单日期,默认今天", example = "2026-11-21") LocalDate requestedOn,
            @Schema(description = "说明", example = "涉及医疗过错鉴定,需医学专家参与") @Size(max = 1000) String note) {
    }

    @Schema(description = "专家答复")
    record ExpertResponse(
            @Schema(description = "答复的专家 ID;调用方本人即专家时可省略") UUID expertId,
            @Schema(description = "答复日期,默认今天", example = "2026-11-22") LocalDate respondedOn,
            @Schema(description = "说明或拒绝理由", example = "时间冲突") @Size(max = 1000) String note) {
    }

    @Schema(description = "专家点单")
    record ExpertRequestView(@Schema(description = "ID") UUID id,
                             @Schema(description = "行政区划代码", example = "430105") String divisionCode,
                             @Schema(description = "案件 ID") UUID caseId,
                             @Schema(description = "专业领域", example = "MEDICAL") DisputeType specialty,
                             @Schema(description = "专业领域名称", example = "医疗纠纷") String specialtyLabel,
                             @Schema(description = "点单日期", example = "2026-11-21") LocalDate requestedOn,
                             @Schema(description = "说明", example = "需医学专家") String note,
                             @Schema(description = "专家 ID") UUID expertId,
                             @Schema(description = "状态", example = "OPEN") ExpertRequestStatus status,
                             @Schema(description = "状态名称", example = "待响应") String statusLabel,
                             @Schema(description = "答复日期", example = "2026-11-22") LocalDate respondedOn,
                             @Schema(description = "答复说明", example = "时间冲突") String responseNote,
                             @Schema(description = "允许的操作", example = "[\"accept\",\"decline\"]") List<String> allowedActions,
                             @Schema(description = "法定期限(列表行为空)") List<DeadlineView> deadlines,
                             @Schema(description = "最近的未届满期限(来自 core_deadline)", example = "2026-12-21") LocalDate nextDueOn,
                             @Schema(description = "是否有期限已逾期", example = "false") boolean overdue,
                             @Schema(description = "流程记录(列表行为空)") List<TransitionView> history,
                             @Schema(description = "版本号", example = "0") long version) {
    }

    @Operation(summary = "查询专家点单")
    @ApiResponse(responseCode = "200", description = "列表")
    @GetMapping
    ResponseEntity<PageView<ExpertRequestView>> list(@Parameter(description = "行政区划", example = "430105") @RequestParam(required = false) String divisionCode,
                                     @Parameter(description = "状态", example = "OPEN") @RequestParam(required = false) ExpertRequestStatus status,
                                     @Parameter(description = "案件 ID") @RequestParam(required = false) UUID caseId,
                                     @Parameter(description = "专家 ID") @RequestParam(required = false) UUID expertId,
                                     @Parameter(description = "专业领域", example = "MEDICAL") @RequestParam(required = false) DisputeType specialty,
                                     @Parameter(description = "页码", example = "0") @RequestParam(required = false) Integer page,
                                     @Parameter(description = "每页条数", example = "20") @RequestParam(required = false) Integer size) {
        Specification<ExpertRequest> spec = Filters.of(ExpertRequest.class)
                .division(scope, divisionCode)
                .eq("status", status)
                .eq("caseId", caseId)
                .eq("expertId", expertId)
                .eq("specialty", specialty)
                .build();
        return service.list(spec, Paging.of(page, size, null, Map.of(), Sort.by(Sort.Order.desc("requestedOn")))).toResponse();
    }

    @Operation(summary = "向专家库点单", description = "案件须处于已受理或调解中;点名的专家须在专家库中且擅长该领域")
    @ApiResponse(responseCode = "201", description = "已点单")
    @PostMapping
    ResponseEntity<ExpertRequestView> create(@Valid @RequestBody ExpertRequestCreate r) {
        ExpertRequestView e = service.create(r);
        return ResponseEntity.created(URI.create("/api/mediation/v1/expert-requests/" + e.id())).eTag(Etags.of(e.version())).body(e);
    }

    @Operation(summary = "查看专家点单")
    @ApiResponse(responseCode = "200", description = "专家点单")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}")
    ResponseEntity<ExpertRequestView> get(@PathVariable UUID id) {
        ExpertRequestView e = service.get(id);
        return ResponseEntity.ok().eTag(Etags.of(e.version())).body(e);
    }

    @Operation(summary = "专家接单", description = "专家加入案件的调解员")
    @ApiResponse(responseCode = "200", description = "已接单")
    @StepResponses
    @PostMapping("/{id}/accept")
    ResponseEntity<ExpertRequestView> accept(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             @Valid @RequestBody(required = false) ExpertResponse body) {
        ExpertRequestView e = service.accept(id, ifMatch, body == null ? new ExpertResponse(null, null, null) : body);
        return ResponseEntity.ok().eTag(Etags.of(e.version())).body(e);
    }

    @Operation(summary = "专家拒绝")
    @ApiResponse(responseCode = "200", description = "已拒绝")
    @StepResponses
    @PostMapping("/{id}/decline")
    ResponseEntity<ExpertRequestView> decline(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody(required = false) ExpertResponse body) {
        ExpertRequestView e = service.decline(id, ifMatch, body == null ? new ExpertResponse(null, null, null) : body);
        return ResponseEntity.ok().eTag(Etags.of(e.version())).body(e);
    }
}
