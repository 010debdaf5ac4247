package cn.sifa.enforcement.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.deadline.DeadlineStatus;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.DueDates;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.enforcement.agency.Agencies;
import cn.sifa.enforcement.agency.Agency;
import cn.sifa.enforcement.filing.PenaltyFilingRequests.CorrectionRequest;
import cn.sifa.enforcement.filing.PenaltyFilingRequests.FileRequest;
import cn.sifa.enforcement.filing.PenaltyFilingRequests.ReviewRequest;
import cn.sifa.enforcement.workflow.RecordSteps;

/** 重大行政处罚备案: filing, review and correction, the list and its export, each in one transaction. */
@Service
@Transactional
public class PenaltyFilingService {

    private static final Map<String, String> SORTABLE = Map.of("filedOn", "filedOn", "decidedOn", "decidedOn", "nextDueOn", "nextDueOn");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("filedOn"), Sort.Order.asc("id"));

    private final PenaltyFilings filings;
    private final Agencies agencies;
    private final RecordSteps steps;
    private final PenaltyFilingMapper mapper;
    private final Listing listing;
    private final DueDates dueDates;
    private final DivisionScope scope;

    PenaltyFilingService(PenaltyFilings filings, Agencies agencies, RecordSteps steps, PenaltyFilingMapper mapper, Listing listing,
                         DueDates dueDates, DivisionScope scope) {
        this.filings = filings;
        this.agencies = agencies;
        this.steps = steps;
        this.mapper = mapper;
        this.listing = listing;
        this.dueDates = dueDates;
        this.scope = scope;
    }

    public record FilingFilter(String divisionCode, UUID agencyId, FilingStatus status, Boolean filedLate, LocalDate from,
                               LocalDate to, Boolean overdue, Boolean dueSoon) {
    }

    @Transactional(readOnly = true)
    public ListPage<PenaltyFilingView> list(FilingFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = steps.today();
        return listing.page(PenaltyFiling.class, spec(f, today), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT), rows -> rows(rows, today));
    }

    @Transactional(readOnly = true)
    public void export(FilingFilter f, ExportFormat format, HttpServletResponse response) {
        LocalDate today = steps.today();
        listing.export(response, format, "重大行政处罚备案", List.<ExportColumn<PenaltyFilingView>>of(
                        new ExportColumn<>("案件名称", PenaltyFilingView::caseTitle), new ExportColumn<>("当事人", PenaltyFilingView::partyName),
                        new ExportColumn<>("金额(元)", PenaltyFilingView::amount), new ExportColumn<>("决定日期", PenaltyFilingView::decidedOn),
                        new ExportColumn<>("备案日期", PenaltyFilingView::filedOn),
                        new ExportColumn<>("逾期备案", v -> v.filedLate() ? "是" : "否"),
                        new ExportColumn<>("状态", PenaltyFilingView::statusLabel),
                        new ExportColumn<>("期限届满", PenaltyFilingView::nextDueOn),
                        new ExportColumn<>("逾期", v -> v.overdue() ? "是" : "否")),
                PenaltyFiling.class, spec(f, today), Sort.by("filedOn", "id"), rows -> rows(rows, today));
    }

    private List<PenaltyFilingView> rows(List<PenaltyFiling> rows, LocalDate today) {
        return rows.stream().map(f -> mapper.view(f, WorkflowState.row(f, today), f.getNextDueOn())).toList();
    }

    private Specification<PenaltyFiling> spec(FilingFilter f, LocalDate today) {
        return Filters.of(PenaltyFiling.class).division(scope, f.divisionCode()).eq("agencyId", f.agencyId()).eq("status", f.status())
                .eq("filedLate", f.filedLate()).between("filedOn", f.from(), f.to())
                .and(DueDates.overdue(f.overdue(), today)).and(dueDates.dueSoon(f.dueSoon(), today)).build();
    }

    @Transactional(readOnly = true)
    public PenaltyFilingView get(UUID id) {
        return detail(filings.require(id));
    }

    public PenaltyFilingView file(FileRequest r) {
        Agency agency = agencies.require(r.agencyId());
        LocalDate today = steps.today();
        ValidationException.Collector errors = new ValidationException.Collector();
        StepDates.notInFuture(errors, "decidedOn", r.decidedOn(), today);
        LocalDate filedOn = r.filedOn() == null ? today : r.filedOn();
        StepDates.check(errors, "filedOn", filedOn, today, r.decidedOn(), "处罚决定日期");
        errors.throwIfAny();
        PenaltyFiling filing = steps.create(new PenaltyFiling(agency.getDivisionCode(), agency.getId(), r.caseTitle().trim(),
                r.partyName().trim(), r.actionRef(), r.penaltyKinds(), r.amount(), r.decidedOn(), filedOn), PenaltyFiling::registration);
        WorkflowState state = steps.state(filing);
        filing.judgedLate(state.deadlines().stream()
                .anyMatch(d -> d.kind().equals(PenaltyFiling.FILING_RULE) && d.status() == DeadlineStatus.MISSED));
        return detail(filing);
    }

    public PenaltyFilingView review(UUID id, String ifMatch, ReviewRequest r) {
        return step(id, ifMatch, f -> f.review(r.result(), r.opinion(), r.reviewedOn(), steps.today()));
    }

    public PenaltyFilingView reportCorrection(UUID id, String ifMatch, CorrectionRequest r) {
        return step(id, ifMatch, f -> f.reportCorrection(r.note(), r.correctedOn(), steps.today()));
    }

    private PenaltyFilingView step(UUID id, String ifMatch, Function<PenaltyFiling, Transition> decide) {
        return detail(steps.step(filings.require(id), ifMatch, decide));
    }

    private PenaltyFilingView detail(PenaltyFiling f) {
        WorkflowState state = steps.state(f);
        return mapper.view(f, state, state.nextDueOn());
    }
}
