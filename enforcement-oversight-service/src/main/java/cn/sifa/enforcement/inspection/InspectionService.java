package cn.sifa.enforcement.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.division.DivisionCodes;
import cn.sifa.core.error.ConflictException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.person.CreditCode;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
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
import cn.sifa.enforcement.workflow.RecordSteps;

/**
 * 涉企检查: the request (with the yearly count per enterprise and the white list), the steps on the core applier, the
 * list and its export, the per-enterprise counts and the white list, each in one transaction.
 */
@Service
@Transactional
public class InspectionService {

    private static final Map<String, String> SORTABLE = Map.of("plannedOn", "plannedOn", "requestedOn", "requestedOn");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("plannedOn"), Sort.Order.asc("id"));

    private final Inspections inspections;
    private final Agencies agencies;
    private final Officers officers;
    private final RecordSteps steps;
    private final InspectionMapper mapper;
    private final Listing listing;
    private final DivisionScope scope;
    private final JdbcTemplate jdbc;
    private final InspectionSettings settings;

    InspectionService(Inspections inspections, Agencies agencies, Officers officers, RecordSteps steps, InspectionMapper mapper,
                      Listing listing, DivisionScope scope, JdbcTemplate jdbc, InspectionSettings settings) {
        this.inspections = inspections;
        this.agencies = agencies;
        this.officers = officers;
        this.steps = steps;
        this.mapper = mapper;
        this.listing = listing;
        this.scope = scope;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** What an inspection list filters on. */
    public record InspectionFilter(String divisionCode, UUID leadAgencyId, InspectionStatus status, String enterpriseCreditCode,
                                   Boolean overCap, LocalDate from, LocalDate to) {
    }

    @Schema(description = "企业年度检查次数")
    public record EnterpriseCount(
            @Schema(description = "统一社会信用代码", example = "91350100M000100Y43") String creditCode,
            @Schema(description = "企业名称", example = "长沙某某食品有限公司") String name,
            @Schema(description = "年度", example = "2026") int year,
            @Schema(description = "检查次数(不含不予批准)", example = "2") long inspections,
            @Schema(description = "是否超过上限", example = "false") boolean overCap) {
    }

    @Schema(description = "白名单企业")
    public record WhiteListed(
            @Schema(description = "统一社会信用代码", example = "91350100M000100Y43") String creditCode,
            @Schema(description = "企业名称", example = "长沙某某科技有限公司") String name,
            @Schema(description = "行政区划", example = "430105") String divisionCode,
            @Schema(description = "列入日期", example = "2026-03-01") LocalDate listedOn) {
    }

    @Transactional(readOnly = true)
    public ListPage<InspectionView> list(InspectionFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = steps.today();
        int cap = settings.yearlyCap();
        return listing.page(Inspection.class, spec(f), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT),
                rows -> mapper.rows(rows, cap, today));
    }

    @Transactional(readOnly = true)
    public void export(InspectionFilter f, ExportFormat format, HttpServletResponse response) {
        LocalDate today = steps.today();
        int cap = settings.yearlyCap();
        listing.export(response, format, "涉企检查", List.<ExportColumn<InspectionView>>of(
                        new ExportColumn<>("企业", InspectionView::enterpriseName),
                        new ExportColumn<>("统一社会信用代码", InspectionView::enterpriseCreditCode),
                        new ExportColumn<>("计划日期", InspectionView::plannedOn), new ExportColumn<>("年度第几次", InspectionView::yearlyCount),
                        new ExportColumn<>("联合检查", i -> i.joint() ? "是" : "否"), new ExportColumn<>("状态", InspectionView::statusLabel)),
                Inspection.class, spec(f), Sort.by("plannedOn", "id"), rows -> mapper.rows(rows, cap, today));
    }

    private Specification<Inspection> spec(InspectionFilter f) {
        return Filters.of(Inspection.class).division(scope, f.divisionCode()).eq("leadAgencyId", f.leadAgencyId())
                .eq("status", f.status()).eq("enterpriseCreditCode", f.enterpriseCreditCode()).eq("overCap", f.overCap())
                .between("plannedOn", f.from(), f.to()).build();
    }

    @Transactional(readOnly = true)
    public InspectionView get(UUID id) {
        return detail(inspections.require(id));
    }

    /**
     * Counts the enterprise's inspections of the year (the cap is per enterprise whoever inspects it, so the count
     * spans every division; concurrent requests are serialised) and whether the inspecting division, or one above
     * it, white-listed it (another county's list is none of this inspection's business).
     */
    public InspectionView request(RequestInspection r) {
        Agency lead = agencies.require(r.leadAgencyId());
        List<UUID> joint = r.jointAgencyIds() == null ? List.of() : r.jointAgencyIds();
        joint.forEach(agencies::require);
        LocalDate today = steps.today();
        ValidationException.Collector errors = new ValidationException.Collector();
        LocalDate requestedOn = r.requestedOn() == null ? today : r.requestedOn();
        StepDates.notInFuture(errors, "requestedOn", requestedOn, today);
        if (r.plannedOn().isBefore(requestedOn)) {
            errors.add("plannedOn", "date-order", "计划检查日期不能早于申请日期");
        }
        errors.throwIfAny();
        String credit = CreditCode.parse(r.enterpriseCreditCode()).value();
        int year = r.plannedOn().getYear();
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?))", Object.class, "enf-inspection:" + credit + ":" + year);
        // both look beyond the caller's subtree (every division's inspections; a white list of a division above):
        // platform work under row-level security, which yields a count and a yes/no, never another division's rows
        Integer before = CurrentCaller.runAsSystem(() -> jdbc.queryForObject("select count(*) from enf_inspection "
                + "where enterprise_credit_code = ? and inspection_year = ? and status <> 'REJECTED'", Integer.class, credit, year));
        boolean whiteListed = CurrentCaller.runAsSystem(() -> jdbc.queryForList(
                "select division_code from enf_whitelist_enterprise where credit_code = ?", String.class, credit))
                .stream().anyMatch(listedBy -> DivisionCodes.isWithin(lead.getDivisionCode(), listedBy));
        Inspection inspection = steps.create(new Inspection(lead.getDivisionCode(), lead.getId(), joint, r.enterpriseName().trim(),
                credit, r.legalBasis().trim(), r.matters().trim(), requestedOn, r.plannedOn(), before + 1, settings.yearlyCap(),
                whiteListed), Inspection::registration);
        return detail(inspection);
    }

    public InspectionView approve(UUID id, String ifMatch, ApproveRequest r) {
        return step(id, ifMatch, i -> i.approve(r.level(), r.approvedBy().trim(), r.approvedOn(), steps.today()));
    }

    public InspectionView reject(UUID id, String ifMatch, RejectRequest r) {
        return step(id, ifMatch, i -> i.reject(r.reason(), r.rejectedOn(), steps.today()));
    }

    public InspectionView notifyEnterprise(UUID id, String ifMatch, NoticeRequest r) {
        return step(id, ifMatch, i -> i.notifyEnterprise(r.noticeOn(), steps.today()));
    }

    /** 扫码入企 by the officers named, each loaded in the caller's scope (404 otherwise). */
    public InspectionView checkIn(UUID id, String ifMatch, CheckInRequest r) {
        Inspection inspection = inspections.require(id);
        List<Officer> team = new ArrayList<>();
        r.officerIds().stream().distinct().forEach(o -> team.add(officers.require(o)));
        return detail(steps.step(inspection, ifMatch,
                i -> i.checkIn(r.checkedInAt().toInstant(), r.checkInCode().trim(), team, steps.today())));
    }

    public InspectionView complete(UUID id, String ifMatch, CompleteRequest r) {
        return step(id, ifMatch, i -> i.complete(r.findings(), r.completedOn(), steps.today()));
    }

    private InspectionView step(UUID id, String ifMatch, Function<Inspection, Transition> decide) {
        return detail(steps.step(inspections.require(id), ifMatch, decide));
    }

    private InspectionView detail(Inspection i) {
        return mapper.view(i, settings.yearlyCap(), steps.state(i));
    }

    /** Inspections per enterprise in the caller's subtree for the year (default: this year). */
    @Transactional(readOnly = true)
    public PageView<EnterpriseCount> perEnterprise(Integer year, String divisionCode, Integer page, Integer size) {
        int y = year == null ? steps.today().getYear() : year;
        var pageable = Paging.of(page, size, null, Map.of(), Sort.unsorted());
        String prefix = scope.narrowTo(divisionCode);
        long total = jdbc.queryForObject("select count(distinct enterprise_credit_code) from enf_inspection where "
                + DivisionScope.within(null) + " and inspection_year = ? and status <> 'REJECTED'", Long.class, prefix, y);
        int cap = settings.yearlyCap();
        List<EnterpriseCount> rows = jdbc.query("select enterprise_credit_code, max(enterprise_name), count(*) from enf_inspection where "
                        + DivisionScope.within(null) + " and inspection_year = ? and status <> 'REJECTED' "
                        + "group by enterprise_credit_code order by count(*) desc, enterprise_credit_code limit ? offset ?",
                (rs, n) -> new EnterpriseCount(rs.getString(1), rs.getString(2), y, rs.getLong(3), rs.getLong(3) > cap),
                prefix, y, pageable.getPageSize(), pageable.getOffset());
        return new PageView<>(rows, new PageView.PageMeta(pageable.getPageSize(), pageable.getPageNumber(), total,
                (int) ((total + pageable.getPageSize() - 1) / pageable.getPageSize())));
    }

    /** The white list of the caller's subtree only: another division's listings are not shown. */
    @Transactional(readOnly = true)
    public List<WhiteListed> whiteList(String divisionCode) {
        return jdbc.query("select credit_code, name, division_code, listed_on from enf_whitelist_enterprise "
                        + "where " + DivisionScope.within(null) + " order by name, credit_code limit 1000",
                (rs, n) -> new WhiteListed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)),
                scope.narrowTo(divisionCode));
    }

    /**
     * Lists the enterprise in one division. The list is per division: another division's listing of the same
     * enterprise neither conflicts nor shows (a 409 there would tell the caller it exists); only the same division
     * listing it twice is a 409.
     */
    public WhiteListed addToWhiteList(WhiteListRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        String credit = CreditCode.parse(r.creditCode()).value();
        LocalDate today = steps.today();
        int added = jdbc.update("insert into enf_whitelist_enterprise (credit_code, name, division_code, listed_on) values (?, ?, ?, ?) "
                + "on conflict (division_code, credit_code) do nothing", credit, r.name().trim(), division, today);
        if (added == 0) {
            throw new ConflictException("企业 " + credit + " 已在本区划白名单");
        }
        return new WhiteListed(credit, r.name().trim(), division, today);
    }
}
