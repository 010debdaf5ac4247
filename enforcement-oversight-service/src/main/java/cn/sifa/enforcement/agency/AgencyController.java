package cn.sifa.enforcement.agency;

import java.io.IOException;
import java.net.URI;
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
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.export.Exporter;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.enforcement.support.Exports;

@RestController
@RequestMapping("/api/enforcement/v1/agencies")
@Tag(name = "执法主体", description = "行政执法主体及其权责清单类别")
@ApiResponse(responseCode = "400", description = "参数不合法")
@ApiResponse(responseCode = "401", description = "未认证")
@ApiResponse(responseCode = "403", description = "缺少 enforcement.read / enforcement.write 权限")
class AgencyController {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "divisionCode", "divisionCode");

    private final Agencies agencies;
    private final DivisionScope scope;
    private final Exporter exporter;

    AgencyController(Agencies agencies, DivisionScope scope, Exporter exporter) {
        this.agencies = agencies;
        this.scope = scope;
        this.exporter = exporter;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "执法主体列表(Accept 为 text/csv 或 Excel 类型时导出全部筛选结果)")
    @Transactional(readOnly = true)
    public ResponseEntity<PageView<AgencyView>> list(@RequestParam(required = false) String divisionCode,
                                     @RequestParam(required = false) String q,
                                     @RequestParam(required = false) AgencyKind kind,
                                     @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                     @RequestParam(required = false) List<String> sort,
                                     @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                     HttpServletResponse response) throws IOException {
        var export = Exports.requested(accept);
        if (export.isPresent()) {
            List<ExportColumn<Agency>> columns = List.of(
                    new ExportColumn<>("行政区划", Agency::getDivisionCode), new ExportColumn<>("名称", Agency::getName),
                    new ExportColumn<>("统一社会信用代码", Agency::getCreditCode),
                    new ExportColumn<>("类型", a -> a.getKind().label()),
                    new ExportColumn<>("权责清单类别", a -> String.join("、", a.getPowerCategories().stream().map(c -> c.label()).toList())),
                    new ExportColumn<>("是否有效", a -> a.isActive() ? "是" : "否"));
            exporter.write(response, export.get(), "执法主体", columns,
                    agencies.findAll(filter(divisionCode, q, kind), Sort.by("divisionCode", "name")).stream());
            return null;
        }
        return ResponseEntity.ok(PageView.of(agencies.findAll(filter(divisionCode, q, kind),
                Paging.of(page, size, sort, SORTABLE, Sort.by("divisionCode", "name"))), AgencyView::of));
    }

    private Specification<Agency> filter(String divisionCode, String q, AgencyKind kind) {
        String prefix = scope.narrowTo(divisionCode);
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.like(root.get("divisionCode"), prefix + "%"));
            if (q != null && !q.isBlank()) {
                where.add(cb.like(root.get("name"), "%" + q.trim() + "%"));
            }
            if (kind != null) {
                where.add(cb.equal(root.get("kind"), kind));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    @GetMapping("/{id}")
    @Operation(summary = "执法主体详情")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @Transactional(readOnly = true)
    public ResponseEntity<AgencyView> get(@PathVariable UUID id) {
        Agency agency = agencies.require(id);
        return ResponseEntity.ok().eTag(Etags.of(agency.getVersion())).body(AgencyView.of(agency));
    }

    @PostMapping
    @Operation(summary = "登记执法主体")
    @ApiResponse(responseCode = "201", description = "已登记")
    @ApiResponse(responseCode = "409", description = "同一区划下名称重复")
    @Transactional
    public ResponseEntity<AgencyView> create(@Valid @RequestBody AgencyRequest request) {
        String division = scope.divisionForCreate(request.divisionCode());
        check(request);
        if (agencies.existsByDivisionCodeAndName(division, request.name().trim())) {
            throw new ConflictException("本区划已有同名执法主体:" + request.name());
        }
        Agency agency = new Agency(division, request.name().trim());
        apply(agency, request);
        agencies.saveAndFlush(agency);
        return ResponseEntity.created(URI.create("/api/enforcement/v1/agencies/" + agency.getId()))
                .eTag(Etags.of(agency.getVersion())).body(AgencyView.of(agency));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改执法主体")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "并发修改冲突")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<AgencyView> update(@PathVariable UUID id, @Valid @RequestBody AgencyRequest request,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Agency agency = agencies.require(id);
        Etags.checkIfMatch(ifMatch, agency.getVersion());
        check(request);
        apply(agency, request);
        agencies.saveAndFlush(agency);
        return ResponseEntity.ok().eTag(Etags.of(agency.getVersion())).body(AgencyView.of(agency));
    }

    private static void check(AgencyRequest request) {
        if (request.kind() == AgencyKind.ENTRUSTED && (request.entrustedBy() == null || request.entrustedBy().isBlank())) {
            throw ValidationException.of("entrustedBy", "required", "受委托组织须填写委托机关");
        }
    }

    private static void apply(Agency agency, AgencyRequest r) {
        agency.update(r.name().trim(), r.shortName(), r.creditCode(), r.kind(), r.entrustedBy(), r.powerCategories(),
                r.active() == null || r.active());
    }
}
