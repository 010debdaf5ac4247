package cn.sifa.mediation.mediator;

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
import org.springframework.data.jpa.domain.Specification;
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

import cn.sifa.core.list.Filters;
import cn.sifa.core.person.CitizenId;
import cn.sifa.core.person.Phone;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;

import cn.sifa.mediation.dispute.DisputeType;

@Tag(name = "人民调解 · 调解员", description = "专兼职调解员、等级评定、擅长领域与调解专家库")
@RestController
@RequestMapping("/api/mediation/v1/mediators")
@ApiErrors
class MediatorController {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "grade", "grade", "employment", "employment");

    private final MediatorService service;
    private final DivisionScope scope;

    MediatorController(MediatorService service, DivisionScope scope) {
        this.service = service;
        this.scope = scope;
    }

    @Operation(summary = "查询调解员", description = "expert=true&specialty=MEDICAL 即调解专家库中擅长医疗纠纷的专家")
    @ApiResponse(responseCode = "200", description = "调解员列表")
    @GetMapping
    ResponseEntity<PageView<MediatorView>> list(@Parameter(description = "行政区划", example = "430105") @RequestParam(required = false) String divisionCode,
                                @Parameter(description = "调委会 ID") @RequestParam(required = false) UUID committeeId,
                                @Parameter(description = "专兼职", example = "FULL_TIME") @RequestParam(required = false) Employment employment,
                                @Parameter(description = "只看专家库成员", example = "true") @RequestParam(required = false) Boolean expert,
                                @Parameter(description = "擅长的纠纷类型", example = "MEDICAL") @RequestParam(required = false) DisputeType specialty,
                                @Parameter(description = "姓名检索", example = "王") @RequestParam(required = false) String q,
                                @Parameter(description = "页码", example = "0") @RequestParam(required = false) Integer page,
                                @Parameter(description = "每页条数", example = "20") @RequestParam(required = false) Integer size,
                                @Parameter(description = "排序", example = "name,asc") @RequestParam(required = false) List<String> sort) {
        Specification<Mediator> spec = Filters.of(Mediator.class)
                .division(scope, divisionCode)
                .eq("active", true)
                .eq("committeeId", committeeId)
                .eq("employment", employment)
                .eq("inExpertPool", expert)
                .and(specialty == null ? null
                        : (root, query, cb) -> cb.isMember(specialty, root.<java.util.Collection<DisputeType>>get("specialties")))
                .text(q, "name")
                .build();
        return service.list(spec, Paging.of(page, size, sort, SORTABLE, Sort.by("name"))).toResponse();
    }

    @Operation(summary = "登记调解员")
    @ApiResponse(responseCode = "201", description = "已登记")
    @PostMapping
    ResponseEntity<MediatorView> create(@Valid @RequestBody MediatorRequest r) {
        Mediator m = service.create(r);
        return ResponseEntity.created(URI.create("/api/mediation/v1/mediators/" + m.getId())).eTag(Etags.of(m.getVersion())).body(view(m));
    }

    @Operation(summary = "查看调解员")
    @ApiResponse(responseCode = "200", description = "调解员,ETag 为版本号")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}")
    ResponseEntity<MediatorView> get(@PathVariable UUID id) {
        Mediator m = service.get(id);
        return ResponseEntity.ok().eTag(Etags.of(m.getVersion())).body(view(m));
    }

    @Operation(summary = "修改调解员", description = "支持 If-Match")
    @ApiResponse(responseCode = "200", description = "已修改")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping("/{id}")
    ResponseEntity<MediatorView> update(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody MediatorRequest r) {
        Mediator m = service.update(id, ifMatch, r);
        return ResponseEntity.ok().eTag(Etags.of(m.getVersion())).body(view(m));
    }

    @Operation(summary = "调解员培训记录", description = "新的在前,附学时合计")
    @ApiResponse(responseCode = "200", description = "培训记录")
    @ApiResponse(responseCode = "404", description = "调解员不存在或不在管辖范围内", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}/trainings")
    TrainingRecords.TrainingList trainings(@PathVariable UUID id) {
        return service.trainings(id);
    }

    @Operation(summary = "登记调解员培训", description = "培训日期不得晚于今天")
    @ApiResponse(responseCode = "201", description = "已登记")
    @ApiResponse(responseCode = "404", description = "调解员不存在或不在管辖范围内", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/{id}/trainings")
    ResponseEntity<TrainingRecords.TrainingView> addTraining(@PathVariable UUID id, @Valid @RequestBody TrainingRecords.TrainingRequest r) {
        MediatorTraining t = service.addTraining(id, r);
        return ResponseEntity.created(URI.create("/api/mediation/v1/mediators/" + id + "/trainings/" + t.getId()))
                .body(TrainingRecords.TrainingView.of(t));
    }

    static MediatorView view(Mediator m) {
        return view(m, m.getPhone());
    }

    /** A row of the register: the phone masked, as every list shows personal data (core {@code Phone.mask}). */
    static MediatorView listRow(Mediator m) {
        return view(m, Phone.mask(m.getPhone()));
    }

    private static MediatorView view(Mediator m, String phone) {
        return new MediatorView(m.getId(), m.getDivisionCode(), m.getCommitteeId(), m.getName(), m.getGender(),
                CitizenId.mask(m.getIdNumber()), phone, m.getUsername(), m.getEmployment(), m.getEmployment().label(),
                m.getGrade(), m.getGrade().label(), m.getProfession(), m.isInExpertPool(), m.getAppointedOn(), m.isActive(),
                m.getSpecialties().stream().sorted().toList(), m.getVersion());
    }
}
