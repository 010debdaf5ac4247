package cn.sifa.mediation.studio;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.list.Filters;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;

@Tag(name = "人民调解 · 品牌调解室", description = "品牌调解室与个人调解工作室及其荣誉")
@RestController
@RequestMapping("/api/mediation/v1/studios")
@ApiErrors
class StudioController {

    private final StudioService service;
    private final DivisionScope scope;

    StudioController(StudioService service, DivisionScope scope) {
        this.service = service;
        this.scope = scope;
    }

    @Schema(description = "品牌调解室")
    record StudioRequest(
            @Schema(description = "行政区划代码,默认为调用方所在区划", example = "331122") String divisionCode,
            @Schema(description = "名称", example = "五云110调解工作室") @NotBlank @Size(max = 100) String name,
            @Schema(description = "类型", example = "BRAND_ROOM") @NotNull StudioKind kind,
            @Schema(description = "所属调委会 ID") java.util.UUID committeeId,
            @Schema(description = "领衔调解员 ID") java.util.UUID leadMediatorId,
            @Schema(description = "设立日期", example = "2018-06-01") LocalDate establishedOn,
            @Schema(description = "简介", example = "驻派出所调解室,专调治安类民间纠纷") @Size(max = 1000) String description,
            @Schema(description = "荣誉") @Size(max = 20) List<@Valid @NotNull HonourRequest> honours) {
    }

    @Schema(description = "荣誉")
    record HonourRequest(
            @Schema(description = "称号", example = "金牌调解工作室") @NotBlank @Size(max = 100) String title,
            @Schema(description = "级别", example = "PROVINCIAL") @NotNull HonourLevel level,
            @Schema(description = "授予日期", example = "2021-12-01") @NotNull LocalDate awardedOn,
            @Schema(description = "授予单位", example = "浙江省司法厅") @Size(max = 100) String awardedBy) {
    }

    @Schema(description = "品牌调解室")
    record StudioView(@Schema(description = "ID") UUID id,
                      @Schema(description = "行政区划代码", example = "331122") String divisionCode,
                      @Schema(description = "名称", example = "五云110调解工作室") String name,
                      @Schema(description = "类型", example = "BRAND_ROOM") StudioKind kind,
                      @Schema(description = "类型名称", example = "品牌调解室") String kindLabel,
                      @Schema(description = "所属调委会 ID") UUID committeeId,
                      @Schema(description = "领衔调解员 ID") UUID leadMediatorId,
                      @Schema(description = "设立日期", example = "2018-06-01") LocalDate establishedOn,
                      @Schema(description = "简介", example = "驻派出所调解室") String description,
                      @Schema(description = "荣誉") List<HonourRequest> honours,
                      @Schema(description = "版本号", example = "0") long version) {
    }

    @Operation(summary = "查询品牌调解室")
    @ApiResponse(responseCode = "200", description = "列表")
    @GetMapping
    ResponseEntity<PageView<StudioView>> list(@Parameter(description = "行政区划", example = "331122") @RequestParam(required = false) String divisionCode,
                              @Parameter(description = "类型", example = "PERSONAL_STUDIO") @RequestParam(required = false) StudioKind kind,
                              @Parameter(description = "页码", example = "0") @RequestParam(required = false) Integer page,
                              @Parameter(description = "每页条数", example = "20") @RequestParam(required = false) Integer size) {
        Specification<Studio> spec = Filters.of(Studio.class).division(scope, divisionCode).eq("kind", kind).build();
        return service.list(spec, Paging.of(page, size, null, java.util.Map.of(), Sort.by("name"))).toResponse();
    }

    @Operation(summary = "登记品牌调解室")
    @ApiResponse(responseCode = "201", description = "已登记")
    @PostMapping
    ResponseEntity<StudioView> create(@Valid @RequestBody StudioRequest r) {
        Studio s = service.create(r);
        return ResponseEntity.created(URI.create("/api/mediation/v1/studios/" + s.getId())).eTag(Etags.of(s.getVersion())).body(view(s));
    }

    @Operation(summary = "查看品牌调解室")
    @ApiResponse(responseCode = "200", description = "品牌调解室")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}")
    ResponseEntity<StudioView> get(@PathVariable UUID id) {
        StudioView view = service.get(id);
        return ResponseEntity.ok().eTag(Etags.of(view.version())).body(view);
    }

    @Operation(summary = "授予荣誉", description = "如省\"金牌\"调解工作室")
    @ApiResponse(responseCode = "200", description = "已登记荣誉")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/{id}/honours")
    ResponseEntity<StudioView> award(@PathVariable UUID id, @Valid @RequestBody HonourRequest h) {
        StudioView view = service.award(id, h);
        return ResponseEntity.ok().eTag(Etags.of(view.version())).body(view);
    }

    static StudioView view(Studio s) {
        return new StudioView(s.getId(), s.getDivisionCode(), s.getName(), s.getKind(), s.getKind().label(), s.getCommitteeId(),
                s.getLeadMediatorId(), s.getEstablishedOn(), s.getDescription(),
                s.getHonours().stream().map(h -> new HonourRequest(h.getTitle(), h.getLevel(), h.getAwardedOn(), h.getAwardedBy())).toList(),
                s.getVersion());
    }
}
