package cn.sifa.mediation.committee;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
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

import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.mediation.committee.CommitteeRequests.CreateCommitteeRequest;
import cn.sifa.mediation.committee.CommitteeRequests.RenewCommitteeRequest;
import cn.sifa.mediation.committee.CommitteeRequests.UpdateCommitteeRequest;

@Tag(name = "人民调解 · 调委会", description = "人民调解委员会:组成、任期与换届")
@RestController
@RequestMapping("/api/mediation/v1/committees")
@ApiErrors
class CommitteeController {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "termEndsOn", "termEndsOn", "type", "type");

    private final CommitteeService service;

    CommitteeController(CommitteeService service) {
        this.service = service;
    }

    @Operation(summary = "查询调委会")
    @ApiResponse(responseCode = "200", description = "调委会列表")
    @GetMapping
    ResponseEntity<PageView<CommitteeView>> list(@Parameter(description = "行政区划", example = "430105") @RequestParam(required = false) String divisionCode,
                                 @Parameter(description = "类型", example = "TOWNSHIP_STREET") @RequestParam(required = false) CommitteeType type,
                                 @Parameter(description = "名称检索", example = "东风路") @RequestParam(required = false) String q,
                                 @Parameter(description = "只看三个月内任期届满的", example = "true") @RequestParam(required = false) Boolean termEndingSoon,
                                 @Parameter(description = "页码", example = "0") @RequestParam(required = false) Integer page,
                                 @Parameter(description = "每页条数", example = "20") @RequestParam(required = false) Integer size,
                                 @Parameter(description = "排序", example = "name,asc") @RequestParam(required = false) List<String> sort) {
        return service.list(divisionCode, type, q, termEndingSoon,
                Paging.of(page, size, sort, SORTABLE, Sort.by("divisionCode", "name"))).toResponse();
    }

    @Operation(summary = "设立调委会", description = "组成不合规时仍登记,并在 warnings 中列明")
    @ApiResponse(responseCode = "201", description = "已登记")
    @PostMapping
    ResponseEntity<CommitteeView> create(@Valid @RequestBody CreateCommitteeRequest request) {
        CommitteeView view = service.view(service.create(request).getId());
        return ResponseEntity.created(URI.create("/api/mediation/v1/committees/" + view.id())).eTag(Etags.of(view.version())).body(view);
    }

    @Operation(summary = "查看调委会")
    @ApiResponse(responseCode = "200", description = "调委会,ETag 为版本号")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}")
    ResponseEntity<CommitteeView> get(@PathVariable UUID id) {
        CommitteeView view = service.view(id);
        return ResponseEntity.ok().eTag(Etags.of(view.version())).body(view);
    }

    @Operation(summary = "修改调委会", description = "支持 If-Match")
    @ApiResponse(responseCode = "200", description = "已修改")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping("/{id}")
    ResponseEntity<CommitteeView> update(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody UpdateCommitteeRequest request) {
        CommitteeView view = service.view(service.update(id, ifMatch, request).getId());
        return ResponseEntity.ok().eTag(Etags.of(view.version())).body(view);
    }

    @Operation(summary = "换届", description = "新一届任期三年(《人民调解法》第九条),重新计算任期届满与换届提醒")
    @ApiResponse(responseCode = "200", description = "已换届")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/{id}/renew")
    ResponseEntity<CommitteeView> renew(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody RenewCommitteeRequest request) {
        CommitteeView view = service.view(service.renew(id, ifMatch, request).getId());
        return ResponseEntity.ok().eTag(Etags.of(view.version())).body(view);
    }
}
