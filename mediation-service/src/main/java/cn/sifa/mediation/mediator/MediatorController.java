package cn.sifa.mediation.mediator;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.person.CitizenId;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.mediation.committee.Committees;
import cn.sifa.mediation.dispute.DisputeType;

@Tag(name = "人民调解 · 调解员", description = "专兼职调解员、等级评定、擅长领域与调解专家库")
@RestController
@RequestMapping("/api/mediation/v1/mediators")
@ApiErrors
@Transactional
class MediatorController {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "grade", "grade", "employment", "employment");

    private final Mediators mediators;
    private final Committees committees;
    private final DivisionScope scope;

    private final Clock clock;

    MediatorController(Mediators mediators, Committees committees, DivisionScope scope, Clock clock) {
        this.clock = clock;
        this.mediators = mediators;
        this.committees = committees;
        this.scope = scope;
    }

    @Operation(summary = "查询调解员", description = "expert=true&specialty=MEDICAL 即调解专家库中擅长医疗纠纷的专家")
    @ApiResponse(responseCode = "200", description = "调解员列表")
    @GetMapping
    @Transactional(readOnly = true)
    PageView<MediatorView> list(@Parameter(description = "行政区划", example = "430105") @RequestParam(required = false) String divisionCode,
                                @Parameter(description = "调委会 ID") @RequestParam(required = false) UUID committeeId,
                                @Parameter(description = "专兼职", example = "FULL_TIME") @RequestParam(required = false) Employment employment,
                                @Parameter(description = "只看专家库成员", example = "true") @RequestParam(required = false) Boolean expert,
                                @Parameter(description = "擅长的纠纷类型", example = "MEDICAL") @RequestParam(required = false) DisputeType specialty,
                                @Parameter(description = "姓名检索", example = "王") @RequestParam(required = false) String q,
                                @Parameter(description = "页码", example = "0") @RequestParam(required = false) Integer page,
                                @Parameter(description = "每页条数", example = "20") @RequestParam(required = false) Integer size,
                                @Parameter(description = "排序", example = "name,asc") @RequestParam(required = false) List<String> sort) {
        String prefix = scope.narrowTo(divisionCode);
        Specification<Mediator> spec = (root, query, cb) -> {
            var where = cb.and(cb.like(root.get("divisionCode"), prefix + "%"), cb.isTrue(root.get("active")));
            if (committeeId != null) {
                where = cb.and(where, cb.equal(root.get("committeeId"), committeeId));
            }
            if (employment != null) {
                where = cb.and(where, cb.equal(root.get("employment"), employment));
            }
            if (expert != null) {
                where = cb.and(where, cb.equal(root.get("inExpertPool"), expert));
            }
            if (specialty != null) {
                where = cb.and(where, cb.isMember(specialty, root.<java.util.Collection<DisputeType>>get("specialties")));
            }
            if (q != null && !q.isBlank()) {
                where = cb.and(where, cb.like(root.get("name"), "%" + q.trim() + "%"));
            }
            return where;
        };
        return PageView.of(mediators.findAll(spec, Paging.of(page, size, sort, SORTABLE, Sort.by("name"))), MediatorController::view);
    }

    @Operation(summary = "登记调解员")
    @ApiResponse(responseCode = "201", description = "已登记")
    @PostMapping
    ResponseEntity<MediatorView> create(@Valid @RequestBody MediatorRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        checkReferences(r);
        Mediator m = new Mediator(division, r.committeeId(), r.name().trim(), r.gender(), upper(r.idNumber()), r.phone(), r.username(),
                r.employment(), r.grade(), r.profession(), Boolean.TRUE.equals(r.inExpertPool()), r.appointedOn(), r.specialties());
        mediators.saveAndFlush(m);
        return ResponseEntity.created(URI.create("/api/mediation/v1/mediators/" + m.getId())).eTag(Etags.of(m.getVersion())).body(view(m));
    }

    @Operation(summary = "查看调解员")
    @ApiResponse(responseCode = "200", description = "调解员,ETag 为版本号")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    ResponseEntity<MediatorView> get(@PathVariable UUID id) {
        Mediator m = load(id);
        return ResponseEntity.ok().eTag(Etags.of(m.getVersion())).body(view(m));
    }

    @Operation(summary = "修改调解员", description = "支持 If-Match")
    @ApiResponse(responseCode = "200", description = "已修改")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping("/{id}")
    ResponseEntity<MediatorView> update(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody MediatorRequest r) {
        Mediator m = load(id);
        Etags.checkIfMatch(ifMatch, m.getVersion());
        checkReferences(r);
        m.update(r.name().trim(), r.gender(), upper(r.idNumber()), r.phone(), r.username(), r.employment(), r.grade(), r.profession(),
                Boolean.TRUE.equals(r.inExpertPool()), r.active() == null || r.active(), r.specialties());
        m.moveTo(r.committeeId());
        mediators.saveAndFlush(m);
        return ResponseEntity.ok().eTag(Etags.of(m.getVersion())).body(view(m));
    }

    private void checkReferences(MediatorRequest r) {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (r.committeeId() != null && !committees.existsById(r.committeeId())) {
            errors.add("committeeId", "unknown-committee", "调委会 " + r.committeeId() + " 不存在");
        }
        if (r.appointedOn() != null && r.appointedOn().isAfter(StepDates.today(clock))) {
            errors.add("appointedOn", "date-in-future", "聘任日期不能晚于今天");
        }
        if (r.idNumber() != null && !r.idNumber().isBlank()
                && CitizenId.parse(r.idNumber()).ageOn(StepDates.today(clock)) < 18) {
            errors.add("idNumber", "not-adult", "人民调解员应为成年公民(《人民调解法》第十四条)");
        }
        errors.throwIfAny();
    }

    private Mediator load(UUID id) {
        return mediators.findById(id).orElseThrow(() -> new NotFoundException("调解员", id));
    }

    private static String upper(String id) {
        return id == null || id.isBlank() ? null : id.trim().toUpperCase();
    }

    static MediatorView view(Mediator m) {
        return new MediatorView(m.getId(), m.getDivisionCode(), m.getCommitteeId(), m.getName(), m.getGender(),
                CitizenId.mask(m.getIdNumber()), m.getPhone(), m.getUsername(), m.getEmployment(), m.getEmployment().label(),
                m.getGrade(), m.getGrade().label(), m.getProfession(), m.isInExpertPool(), m.getAppointedOn(), m.isActive(),
                m.getSpecialties().stream().sorted().toList(), m.getVersion());
    }
}
