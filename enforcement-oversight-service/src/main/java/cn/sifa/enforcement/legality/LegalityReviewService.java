package cn.sifa.enforcement.legality;

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
import cn.sifa.enforcement.legality.LegalityReviewRequests.AdoptionRequest;
import cn.sifa.enforcement.legality.LegalityReviewRequests.OpinionRequest;
import cn.sifa.enforcement.legality.LegalityReviewRequests.ReceiveRequest;
import cn.sifa.enforcement.workflow.RecordSteps;

/** 合法性审查: receipt, opinion and adoption, the list and its export, each in one transaction. */
@Service
@Transactional
public class LegalityReviewService {

    private static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "amount", "amount", "nextDueOn", "nextDueOn");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.asc("id"));

    private final LegalityReviews reviews;
    private final RecordSteps steps;
    private final LegalityReviewMapper mapper;
    private final Listing listing;
    private final DueDates dueDates;
    private final DivisionScope scope;

    LegalityReviewService(LegalityReviews reviews, RecordSteps steps, LegalityReviewMapper mapper, Listing listing, DueDates dueDates,
                          DivisionScope scope) {
        this.reviews = reviews;
        this.steps = steps;
        this.mapper = mapper;
        this.listing = listing;
        this.dueDates = dueDates;
        this.scope = scope;
    }

    public record LegalityFilter(String divisionCode, LegalitySubjectType subjectType, LegalityStatus status, Boolean adopted,
                                 LocalDate from, LocalDate to, String q, Boolean overdue, Boolean dueSoon) {
    }

    @Transactional(readOnly = true)
    public ListPage<LegalityReviewView> list(LegalityFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = steps.today();
        return listing.page(LegalityReview.class, spec(f, today), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT), rows -> rows(rows, today));
    }

    @Transactional(readOnly = true)
    public void export(LegalityFilter f, ExportFormat format, HttpServletResponse response) {
        LocalDate today = steps.today();
        listing.export(response, format, "合法性审查", List.<ExportColumn<LegalityReviewView>>of(
                        new ExportColumn<>("事项类型", LegalityReviewView::subjectTypeLabel), new ExportColumn<>("事项名称", LegalityReviewView::title),
                        new ExportColumn<>("送审单位", LegalityReviewView::requestingUnit), new ExportColumn<>("金额(元)", LegalityReviewView::amount),
                        new ExportColumn<>("受理日期", LegalityReviewView::receivedOn),
                        new ExportColumn<>("审查意见", v -> v.opinion() == null ? "" : v.opinion().label()),
                        new ExportColumn<>("是否采纳", v -> v.adopted() == null ? "" : v.adopted() ? "是" : "否"),
                        new ExportColumn<>("期限届满", LegalityReviewView::nextDueOn),
                        new ExportColumn<>("逾期", v -> v.overdue() ? "是" : "否")),
                LegalityReview.class, spec(f, today), Sort.by("receivedOn", "id"), rows -> rows(rows, today));
    }

    private List<LegalityReviewView> rows(List<LegalityReview> rows, LocalDate today) {
        return rows.stream().map(r -> mapper.view(r, WorkflowState.row(r, today), r.getNextDueOn())).toList();
    }

    private Specification<LegalityReview> spec(LegalityFilter f, LocalDate today) {
        return Filters.of(LegalityReview.class).division(scope, f.divisionCode()).eq("subjectType", f.subjectType())
                .eq("status", f.status()).eq("adopted", f.adopted()).text(f.q(), "title").between("receivedOn", f.from(), f.to())
                .and(DueDates.overdue(f.overdue(), today)).and(dueDates.dueSoon(f.dueSoon(), today)).build();
    }

    @Transactional(readOnly = true)
    public LegalityReviewView get(UUID id) {
        return detail(reviews.require(id));
    }

    public LegalityReviewView receive(ReceiveRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        ValidationException.Collector errors = new ValidationException.Collector();
        if (r.subjectType() == LegalitySubjectType.CONTRACT && r.amount() == null) {
            errors.add("amount", "required", "政府合同须填写合同金额");
        }
        if (r.subjectType() == LegalitySubjectType.MEETING_AGENDA && r.meetingOn() == null) {
            errors.add("meetingOn", "required", "常务会议议题须填写会议日期");
        }
        LocalDate today = steps.today();
        LocalDate on = r.receivedOn() == null ? today : r.receivedOn();
        StepDates.notInFuture(errors, "receivedOn", on, today);
        errors.throwIfAny();
        return detail(steps.create(new LegalityReview(division, r.subjectType(), r.title().trim(), r.requestingUnit().trim(), r.amount(),
                r.meetingOn(), on), LegalityReview::registration));
    }

    public LegalityReviewView giveOpinion(UUID id, String ifMatch, OpinionRequest r) {
        return step(id, ifMatch, x -> x.giveOpinion(r.opinion(), r.opinionText(), r.opinionOn(), steps.today()));
    }

    public LegalityReviewView recordAdoption(UUID id, String ifMatch, AdoptionRequest r) {
        return step(id, ifMatch, x -> x.recordAdoption(r.adopted(), r.recordedOn(), steps.today()));
    }

    private LegalityReviewView step(UUID id, String ifMatch, Function<LegalityReview, Transition> decide) {
        return detail(steps.step(reviews.require(id), ifMatch, decide));
    }

    private LegalityReviewView detail(LegalityReview r) {
        WorkflowState state = steps.state(r);
        return mapper.view(r, state, state.nextDueOn());
    }
}
