package cn.sifa.enforcement.officer;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

import cn.sifa.core.error.ConflictException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.export.Exporter;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.agency.Agencies;
import cn.sifa.enforcement.agency.Agency;
import cn.sifa.enforcement.support.Exports;
import cn.sifa.enforcement.support.Workflows;

@RestController
@RequestMapping("/api/enforcement/v1/officers")
@Tag(name = "执法人员", description = "执法证、资格考试、培训;执法证过期提醒")
@ApiResponse(responseCode = "400", description = "参数不合法")
@ApiResponse(responseCode = "401", description = "未认证")
@ApiResponse(responseCode = "403", description = "缺少权限")
class OfficerController {

    static final String RECORD_TYPE = "officers";
    /** Anchored the day before the expiry with a one-day rule, so the deadline falls due on the expiry day. */
    static final String CERTIFICATE_RULE = "ENF_CERTIFICATE_EXPIRY";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "certificateValidUntil", "certificateValidUntil");

    private final Officers officers;
    private final Agencies agencies;
    private final DivisionScope scope;
    private final Exporter exporter;
    private final Workflows workflows;

    OfficerController(Officers officers, Agencies agencies, DivisionScope scope, Exporter exporter, Workflows workflows) {
        this.officers = officers;
        this.agencies = agencies;
        this.scope = scope;
        this.exporter = exporter;
        this.workflows = workflows;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "执法人员列表(certificateStatus=EXPIRED 查过期执法证;可导出)")
    @Transactional(readOnly = true)
    public ResponseEntity<PageView<OfficerView>> list(@RequestParam(required = false) String divisionCode,
                                                      @RequestParam(required = false) UUID agencyId,
                                                      @RequestParam(required = false) String q,
                                                      @RequestParam(required = false) CertificateStatus certificateStatus,
                                                      @RequestParam(required = false) Boolean legalQualification,
                                                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                      @RequestParam(required = false) List<String> sort,
                                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                                      HttpServletResponse response) throws IOException {
        Specification<Officer> spec = filter(divisionCode, agencyId, q, certificateStatus, legalQualification);
        var export = Exports.requested(accept);
        if (export.isPresent()) {
            LocalDate today = StepDates.today();
            List<ExportColumn<Officer>> columns = List.of(
                    new ExportColumn<>("姓名", Officer::getName), new ExportColumn<>("执法证号", Officer::getCertificateNo),
                    new ExportColumn<>("有效期至", Officer::getCertificateValidUntil),
                    new ExportColumn<>("执法证状态", o -> o.certificateStatus(today).label()),
                    new ExportColumn<>("资格考试", o -> o.getExamResult().label()),
                    new ExportColumn<>("培训学时", Officer::getTrainingHours),
                    new ExportColumn<>("法律职业资格", o -> o.hasLegalQualification() ? "是" : "否"));
            exporter.write(response, export.get(), "执法人员", columns, officers.findAll(spec, Sort.by("name")).stream());
            return null;
        }
        return ResponseEntity.ok(PageView.of(officers.findAll(spec, Paging.of(page, size, sort, SORTABLE, Sort.by("name", "id"))),
                o -> OfficerView.of(o, List.of())));
    }

    private Specification<Officer> filter(String divisionCode, UUID agencyId, String q, CertificateStatus status, Boolean legal) {
        String prefix = scope.narrowTo(divisionCode);
        LocalDate today = StepDates.today();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.like(root.get("divisionCode"), prefix + "%"));
            if (agencyId != null) {
                where.add(cb.equal(root.get("agencyId"), agencyId));
            }
            if (q != null && !q.isBlank()) {
                where.add(cb.or(cb.like(root.get("name"), "%" + q.trim() + "%"), cb.equal(root.get("certificateNo"), q.trim())));
            }
            if (legal != null) {
                where.add(cb.equal(root.get("legalQualification"), legal));
            }
            if (status != null) {
                var until = root.<LocalDate>get("certificateValidUntil");
                where.add(switch (status) {
                    case EXPIRED -> cb.lessThan(until, today);
                    case EXPIRING_SOON -> cb.and(cb.greaterThanOrEqualTo(until, today),
                            cb.lessThan(until, today.plusDays(Officer.EXPIRY_WARNING_DAYS)));
                    case VALID -> cb.greaterThanOrEqualTo(until, today.plusDays(Officer.EXPIRY_WARNING_DAYS));
                });
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    @GetMapping("/{id}")
    @Operation(summary = "执法人员详情")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @Transactional(readOnly = true)
    public ResponseEntity<OfficerView> get(@PathVariable UUID id) {
        Officer officer = officers.require(id);
        return ResponseEntity.ok().eTag(Etags.of(officer.getVersion())).body(OfficerView.of(officer, workflows.deadlines(id)));
    }

    @PostMapping
    @Operation(summary = "登记执法人员(开启执法证有效期届满提醒)")
    @ApiResponse(responseCode = "201", description = "已登记")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "执法证号重复")
    @Transactional
    public ResponseEntity<OfficerView> create(@Valid @RequestBody OfficerRequest request) {
        Agency agency = agencies.require(request.agencyId());
        if (officers.existsByCertificateNo(request.certificateNo())) {
            throw new ConflictException("执法证号 " + request.certificateNo() + " 已登记");
        }
        Officer officer = new Officer(agency.getDivisionCode(), agency.getId());
        apply(officer, request);
        officers.saveAndFlush(officer);
        workflows.open(RECORD_TYPE, officer.getId(), officer.getDivisionCode(), officer.getName(), CERTIFICATE_RULE,
                officer.getCertificateValidUntil()); // expiry rule: due on that very day
        return ResponseEntity.created(URI.create("/api/enforcement/v1/officers/" + officer.getId()))
                .eTag(Etags.of(officer.getVersion())).body(OfficerView.of(officer, workflows.deadlines(officer.getId())));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改执法人员(换证时重开有效期提醒)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "并发修改冲突")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<OfficerView> update(@PathVariable UUID id, @Valid @RequestBody OfficerRequest request,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Officer officer = officers.require(id);
        Etags.checkIfMatch(ifMatch, officer.getVersion());
        if (!officer.getAgencyId().equals(request.agencyId())) {
            agencies.require(request.agencyId());
        }
        LocalDate previousValidUntil = officer.getCertificateValidUntil();
        apply(officer, request);
        officers.saveAndFlush(officer);
        if (!previousValidUntil.equals(officer.getCertificateValidUntil())) {
            // A renewed certificate: the old expiry is met (renewed in time or not), the new one is watched.
            workflows.meet(id, CERTIFICATE_RULE, StepDates.today());
            workflows.open(RECORD_TYPE, id, officer.getDivisionCode(), officer.getName(), CERTIFICATE_RULE,
                    officer.getCertificateValidUntil()); // expiry rule: due on that very day
        }
        return ResponseEntity.ok().eTag(Etags.of(officer.getVersion())).body(OfficerView.of(officer, workflows.deadlines(id)));
    }

    private static void apply(Officer officer, OfficerRequest r) {
        officer.update(r.name().trim(), r.certificateNo().trim(), r.certificateValidUntil(), r.examResult(), r.examOn(),
                r.trainingHours() == null ? 0 : r.trainingHours(), Boolean.TRUE.equals(r.legalQualification()),
                r.active() == null || r.active());
    }
}
