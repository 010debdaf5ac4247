package cn.sifa.enforcement.inspection;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.division.DivisionCodes;
import cn.sifa.core.error.ConflictException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.export.Exporter;
import cn.sifa.core.person.CreditCode;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.agency.Agencies;
import cn.sifa.enforcement.agency.Agency;
import cn.sifa.enforcement.inspection.InspectionRequests.ApproveRequest;
import cn.sifa.enforcement.inspection.InspectionRequests.CheckInRequest;
import cn.sifa.enforcement.inspection.InspectionRequests.CompleteRequest;
import cn.sifa.enforcement.inspection.InspectionRequests.NoticeRequest;
import cn.sifa.enforcement.inspection.InspectionRequests.RejectRequest;
import cn.sifa.enforcement.inspection.InspectionRequests.RequestInspection;
import cn.sifa.enforcement.inspection.InspectionRequests.WhiteListRequest;
import cn.sifa.enforcement.officer.Officer;
import cn.sifa.enforcement.officer.Officers;
import cn.sifa.enforcement.support.Exports;
import cn.sifa.enforcement.support.Responses;
import cn.sifa.enforcement.support.Specs;
import cn.sifa.enforcement.support.WorkflowView;
import cn.sifa.enforcement.support.Workflows;

@RestController
@RequestMapping("/api/enforcement/v1")
@Tag(name = "涉企检查", description = "审批、告知、扫码入企、年度检查上限、白名单、综合查一次")
@ApiResponse(responseCode = "400", description = "参数不合法")
@ApiResponse(responseCode = "401", description = "未认证")
@ApiResponse(responseCode = "403", description = "缺少权限")
class InspectionController {

    private static final String PATH = "/api/enforcement/v1/inspections/";
    private static final Map<String, String> SORTABLE = Map.of("plannedOn", "plannedOn", "requestedOn", "requestedOn");

    private final Inspections inspections;
    private final Agencies agencies;
    private final Officers officers;
    private final Workflows workflows;
    private final DivisionScope scope;
    private final Exporter exporter;
    private final JdbcTemplate jdbc;
    private final InspectionSettings settings;

    InspectionController(Inspections inspections, Agencies agencies, Officers officers, Workflows workflows, DivisionScope scope,
                         Exporter exporter, JdbcTemplate jdbc, InspectionSettings settings) {
        this.inspections = inspections;
        this.agencies = agencies;
        this.officers = officers;
        this.workflows = workflows;
        this.scope = scope;
        this.exporter = exporter;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @GetMapping(value = "/inspections", produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "涉企检查列表(可导出)")
    @Transactional(readOnly = true)
    public ResponseEntity<PageView<InspectionView>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) UUID leadAgencyId,
            @RequestParam(required = false) InspectionStatus status, @RequestParam(required = false) String enterpriseCreditCode,
            @RequestParam(required = false) Boolean overCap,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) throws IOException {
        var spec = Specs.<Inspection>within(scope.narrowTo(divisionCode)).eq("leadAgencyId", leadAgencyId).eq("status", status)
                .eq("enterpriseCreditCode", enterpriseCreditCode).eq("overCap", overCap).between("plannedOn", from, to).build();
        var export = Exports.requested(accept);
        if (export.isPresent()) {
            exporter.write(response, export.get(), "涉企检查", List.<ExportColumn<Inspection>>of(
                    new ExportColumn<>("企业", Inspection::getEnterpriseName), new ExportColumn<>("统一社会信用代码", Inspection::getEnterpriseCreditCode),
                    new ExportColumn<>("计划日期", Inspection::getPlannedOn), new ExportColumn<>("年度第几次", Inspection::getYearlyCount),
                    new ExportColumn<>("联合检查", i -> i.isJoint() ? "是" : "否"), new ExportColumn<>("状态", i -> i.getStatus().label())),
                    inspections.findAll(spec, Sort.by("plannedOn")).stream());
            return null;
        }
        int cap = settings.yearlyCap();
        return ResponseEntity.ok(PageView.of(inspections.findAll(spec, Paging.of(page, size, sort, SORTABLE,
                Sort.by(Sort.Order.desc("plannedOn"), Sort.Order.asc("id")))), i -> InspectionView.of(i, cap, WorkflowView.brief(i.allowedActions()))));
    }

    @GetMapping("/inspections/{id}")
    @Operation(summary = "涉企检查详情")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @Transactional(readOnly = true)
    public ResponseEntity<InspectionView> get(@PathVariable UUID id) {
        return view(inspections.require(id));
    }

    @PostMapping("/inspections")
    @Operation(summary = "申请涉企检查(计数本年度检查次数:达到上限提醒,超过上限或白名单企业须政府层级审批)")
    @ApiResponse(responseCode = "201", description = "已申请")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    @Transactional
    public ResponseEntity<InspectionView> request(@Valid @RequestBody RequestInspection request) {
        Agency lead = agencies.require(request.leadAgencyId());
        List<UUID> joint = request.jointAgencyIds() == null ? List.of() : request.jointAgencyIds();
        joint.forEach(agencies::require);
        ValidationException.Collector errors = new ValidationException.Collector();
        LocalDate requestedOn = request.requestedOn() == null ? StepDates.today() : request.requestedOn();
        StepDates.check(errors, "requestedOn", requestedOn, null, null);
        if (request.plannedOn().isBefore(requestedOn)) {
            errors.add("plannedOn", "date-order", "计划检查日期不能早于申请日期");
        }
        errors.throwIfAny();
        String credit = CreditCode.parse(request.enterpriseCreditCode()).value();
        int year = request.plannedOn().getYear();
        // The cap is per enterprise whoever inspects it, so the count spans every division; serialise concurrent requests.
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?))", Object.class, "enf-inspection:" + credit + ":" + year);
        Integer before = jdbc.queryForObject("select count(*) from enf_inspection where enterprise_credit_code = ? "
                + "and inspection_year = ? and status <> 'REJECTED'", Integer.class, credit, year);
        // Listed by the inspecting division or one above it; another county's list is none of this inspection's business.
        boolean whiteListed = jdbc.queryForList("select division_code from enf_whitelist_enterprise where credit_code = ?",
                String.class, credit).stream().anyMatch(listedBy -> DivisionCodes.isWithin(lead.getDivisionCode(), listedBy));
        Inspection inspection = inspections.saveAndFlush(new Inspection(lead.getDivisionCode(), lead.getId(), joint,
                request.enterpriseName().trim(), credit, request.legalBasis().trim(), request.matters().trim(), requestedOn,
                request.plannedOn(), before + 1, settings.yearlyCap(), whiteListed));
        workflows.transition(Inspection.RECORD_TYPE, inspection.getId(), inspection.getDivisionCode(), "request", null,
                InspectionStatus.REQUESTED, requestedOn, inspection.isOverCap() ? "超过年度检查上限" : null);
        InspectionView body = InspectionView.of(inspection, settings.yearlyCap(),
                workflows.view(inspection.getId(), inspection.allowedActions()));
        return Responses.created(PATH + inspection.getId(), inspection.getVersion(), body);
    }

    @PostMapping("/inspections/{id}/approve")
    @Operation(summary = "审批(超过上限或白名单企业须 GOVERNMENT 层级)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<InspectionView> approve(@PathVariable UUID id, @Valid @RequestBody ApproveRequest request,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Inspection i = load(id, ifMatch);
        InspectionStatus from = i.getStatus();
        i.approve(request.level(), request.approvedBy().trim(), request.approvedOn());
        return save(i, "approve", from, i.getApprovedOn(), request.level().label() + "审批:" + request.approvedBy());
    }

    @PostMapping("/inspections/{id}/reject")
    @Operation(summary = "不予批准")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<InspectionView> reject(@PathVariable UUID id, @Valid @RequestBody RejectRequest request,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Inspection i = load(id, ifMatch);
        InspectionStatus from = i.getStatus();
        i.reject(request.rejectedOn());
        return save(i, "reject", from, i.getApprovedOn(), request.reason());
    }

    @PostMapping("/inspections/{id}/notify")
    @Operation(summary = "事先告知企业(须早于检查日)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许(如未审批),或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<InspectionView> notifyEnterprise(@PathVariable UUID id, @Valid @RequestBody NoticeRequest request,
                                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Inspection i = load(id, ifMatch);
        InspectionStatus from = i.getStatus();
        i.notifyEnterprise(request.noticeOn());
        return save(i, "notify", from, i.getNoticeOn(), null);
    }

    @PostMapping("/inspections/{id}/check-in")
    @Operation(summary = "扫码入企(至少两名持有效执法证的执法人员)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许(如未告知),或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<InspectionView> checkIn(@PathVariable UUID id, @Valid @RequestBody CheckInRequest request,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Inspection i = load(id, ifMatch);
        InspectionStatus from = i.getStatus();
        List<Officer> team = new ArrayList<>();
        request.officerIds().stream().distinct().forEach(o -> team.add(officers.require(o)));
        i.checkIn(request.checkedInAt().toInstant(), request.checkInCode().trim(), team);
        return save(i, "check-in", from, request.checkedInAt().atZoneSameInstant(StepDates.ZONE).toLocalDate(),
                "入企码 " + request.checkInCode());
    }

    @PostMapping("/inspections/{id}/complete")
    @Operation(summary = "完成检查")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    @ApiResponse(responseCode = "409", description = "当前状态不允许,或并发修改")
    @ApiResponse(responseCode = "412", description = "If-Match 版本已过期")
    @Transactional
    public ResponseEntity<InspectionView> complete(@PathVariable UUID id, @Valid @RequestBody CompleteRequest request,
                                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Inspection i = load(id, ifMatch);
        InspectionStatus from = i.getStatus();
        i.complete(request.findings(), request.completedOn());
        return save(i, "complete", from, i.getCompletedOn(), request.findings());
    }

    @Schema(description = "企业年度检查次数")
    public record EnterpriseCount(
            @Schema(description = "统一社会信用代码", example = "91350100M000100Y43") String creditCode,
            @Schema(description = "企业名称", example = "长沙某某食品有限公司") String name,
            @Schema(description = "年度", example = "2026") int year,
            @Schema(description = "检查次数(不含不予批准)", example = "2") long inspections,
            @Schema(description = "是否超过上限", example = "false") boolean overCap) {
    }

    @GetMapping("/inspections/per-enterprise")
    @Operation(summary = "各企业年度检查次数(本辖区)")
    public PageView<EnterpriseCount> perEnterprise(@RequestParam(required = false) Integer year,
                                                   @RequestParam(required = false) String divisionCode,
                                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        int y = year == null ? StepDates.today().getYear() : year;
        var pageable = Paging.of(page, size, null, Map.of(), Sort.unsorted());
        String prefix = scope.narrowTo(divisionCode);
        long total = jdbc.queryForObject("select count(distinct enterprise_credit_code) from enf_inspection where "
                + DivisionScope.within(null) + " "
                + "and inspection_year = ? and status <> 'REJECTED'", Long.class, prefix, y);
        int cap = settings.yearlyCap();
        List<EnterpriseCount> rows = jdbc.query("select enterprise_credit_code, max(enterprise_name), count(*) from enf_inspection where "
                        + DivisionScope.within(null) + " and inspection_year = ? and status <> 'REJECTED' "
                        + "group by enterprise_credit_code order by count(*) desc, enterprise_credit_code limit ? offset ?",
                (rs, n) -> new EnterpriseCount(rs.getString(1), rs.getString(2), y, rs.getLong(3), rs.getLong(3) > cap),
                prefix, y, pageable.getPageSize(), pageable.getOffset());
        return new PageView<>(rows, new PageView.PageMeta(pageable.getPageSize(), pageable.getPageNumber(), total,
                (int) ((total + pageable.getPageSize() - 1) / pageable.getPageSize())));
    }

    @Schema(description = "白名单企业")
    public record WhiteListed(
            @Schema(description = "统一社会信用代码", example = "91350100M000100Y43") String creditCode,
            @Schema(description = "企业名称", example = "长沙某某科技有限公司") String name,
            @Schema(description = "行政区划", example = "430105") String divisionCode,
            @Schema(description = "列入日期", example = "2026-03-01") LocalDate listedOn) {
    }

    @GetMapping("/white-list-enterprises")
    @Operation(summary = "白名单企业列表(检查须更高层级审批)")
    public List<WhiteListed> whiteList(@RequestParam(required = false) String divisionCode) {
        return jdbc.query("select credit_code, name, division_code, listed_on from enf_whitelist_enterprise "
                        + "where " + DivisionScope.within(null) + " order by name limit 1000",
                (rs, n) -> new WhiteListed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)),
                scope.narrowTo(divisionCode));
    }

    @PostMapping("/white-list-enterprises")
    @Operation(summary = "列入白名单")
    @ApiResponse(responseCode = "201", description = "已列入")
    @ApiResponse(responseCode = "409", description = "已在白名单")
    @Transactional
    public ResponseEntity<WhiteListed> addToWhiteList(@Valid @RequestBody WhiteListRequest request) {
        String division = scope.divisionForCreate(request.divisionCode());
        String credit = CreditCode.parse(request.creditCode()).value();
        int added = jdbc.update("insert into enf_whitelist_enterprise (credit_code, name, division_code, listed_on) values (?, ?, ?, ?) "
                + "on conflict (division_code, credit_code) do nothing", credit, request.name().trim(), division, StepDates.today());
        if (added == 0) {
            throw new ConflictException("企业 " + credit + " 已在白名单");
        }
        return ResponseEntity.status(201).body(new WhiteListed(credit, request.name().trim(), division, StepDates.today()));
    }

    private Inspection load(UUID id, String ifMatch) {
        Inspection i = inspections.require(id);
        Etags.checkIfMatch(ifMatch, i.getVersion());
        return i;
    }

    private ResponseEntity<InspectionView> save(Inspection i, String action, InspectionStatus from, LocalDate on, String comment) {
        inspections.saveAndFlush(i);
        workflows.transition(Inspection.RECORD_TYPE, i.getId(), i.getDivisionCode(), action, from, i.getStatus(), on, comment);
        return view(i);
    }

    private ResponseEntity<InspectionView> view(Inspection i) {
        return Responses.ok(i.getVersion(), InspectionView.of(i, settings.yearlyCap(), workflows.view(i.getId(), i.allowedActions())));
    }
}
