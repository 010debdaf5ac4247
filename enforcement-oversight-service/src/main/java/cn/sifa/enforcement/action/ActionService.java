package cn.sifa.enforcement.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.agency.Agencies;
import cn.sifa.enforcement.agency.Agency;

/**
 * 执法数据报送: the batch report (through {@link ActionIngest}, which holds its own JDBC transactions: COPY and one
 * upsert per batch), the list, the export and the detail of the reported actions, each in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class ActionService {

    private static final Map<String, String> SORTABLE = Map.of("decidedOn", "decidedOn", "externalRef", "externalRef",
            "publicationDueOn", "publicationDueOn");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.asc("id"));

    static final List<ExportColumn<ActionView>> COLUMNS = List.of(
            new ExportColumn<>("记录编号", ActionView::externalRef),
            new ExportColumn<>("执法主体", ActionView::agencyName),
            ExportColumn.division("行政区划", ActionView::divisionCode),
            new ExportColumn<>("执法行为类别", ActionView::actTypeLabel),
            new ExportColumn<>("决定日期", ActionView::decidedOn),
            new ExportColumn<>("当事人", ActionView::partyName),
            new ExportColumn<>("统一社会信用代码", ActionView::partyCreditCode),
            new ExportColumn<>("处罚种类", v -> String.join("、", v.penaltyKinds().stream().map(PenaltyKind::label).toList())),
            new ExportColumn<>("金额(元)", ActionView::amount),
            new ExportColumn<>("重大执法决定", v -> v.major() ? "是" : "否"),
            new ExportColumn<>("法制审核日期", ActionView::legalReviewedOn),
            new ExportColumn<>("公示日期", ActionView::publicizedOn),
            new ExportColumn<>("应公示截止日", ActionView::publicationDueOn),
            new ExportColumn<>("截止日暂定", a -> a.publicationDueProvisional() ? "是" : ""),
            new ExportColumn<>("全过程音像记录", v -> v.recordedAudioVisual() ? "是" : "否"));

    private final ReportedActions actions;
    private final ActionIngest ingest;
    private final Agencies agencies;
    private final ActionMapper mapper;
    private final Listing listing;
    private final DivisionScope scope;
    private final Clock clock;

    ActionService(ReportedActions actions, ActionIngest ingest, Agencies agencies, ActionMapper mapper, Listing listing,
                  DivisionScope scope, Clock clock) {
        this.actions = actions;
        this.ingest = ingest;
        this.agencies = agencies;
        this.mapper = mapper;
        this.listing = listing;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * The batch report. Not inside a JPA transaction: the ingest runs its rows in a JDBC transaction of its own, with
     * savepoints for the row-by-row replay (see {@link ActionIngest}).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ActionReportResult report(ActionReportRequest request) {
        return ingest.ingest(request.agencyId(), request.actions());
    }

    public ListPage<ActionView> list(ActionFilter f, Integer page, Integer size, List<String> sort) {
        return list(f, null, page, size, sort);
    }

    /** The list narrowed by a condition of the caller's own (the three-systems offenders). */
    public ListPage<ActionView> list(ActionFilter f, Specification<ReportedAction> extra, Integer page, Integer size, List<String> sort) {
        LocalDate today = today();
        return listing.page(ReportedAction.class, spec(f, extra), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT),
                rows -> views(rows, today));
    }

    /** The whole filtered list as CSV or XLSX, streamed in chunks (flat memory at any size). */
    public void export(ActionFilter f, ExportFormat format, HttpServletResponse response) {
        LocalDate today = today();
        listing.export(response, format, "执法数据", COLUMNS, ReportedAction.class, spec(f, null), Sort.by("decidedOn", "id"),
                rows -> views(rows, today));
    }

    public ActionView get(UUID id) {
        return views(List.of(actions.require(id)), today()).get(0);
    }

    private Specification<ReportedAction> spec(ActionFilter f, Specification<ReportedAction> extra) {
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw ValidationException.of("to", "date-order", "截止日期不能早于起始日期");
        }
        String ref = f.externalRef() == null || f.externalRef().isBlank() ? null : f.externalRef().trim();
        return Filters.of(ReportedAction.class).division(scope, f.divisionCode()).eq("agencyId", f.agencyId())
                .eq("actType", f.actType()).between("decidedOn", f.from(), f.to()).eq("externalRef", ref)
                .eq("major", f.major()).text(f.q(), "partyName").and(extra).build();
    }

    /** A chunk of rows with the names of their agencies, read in one statement. */
    private List<ActionView> views(List<ReportedAction> rows, LocalDate today) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.getAgencyId()));
        Map<UUID, String> names = agencies.findAllById(ids).stream().collect(Collectors.toMap(Agency::getId, Agency::getName));
        return mapper.views(rows, names, today);
    }

    private LocalDate today() {
        return StepDates.today(clock);
    }
}
