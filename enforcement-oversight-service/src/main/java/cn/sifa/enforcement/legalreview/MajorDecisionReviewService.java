package cn.sifa.enforcement.legalreview;

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
import cn.sifa.enforcement.agency.Agencies;
import cn.sifa.enforcement.agency.Agency;
import cn.sifa.enforcement.legalreview.MajorDecisionReviewRequests.OpinionRequest;
import cn.sifa.enforcement.legalreview.MajorDecisionReviewRequests.StartReviewRequest;
import cn.sifa.enforcement.legalreview.MajorDecisionReviewRequests.SubmitRequest;
import cn.sifa.enforcement.officer.Officers;
import cn.sifa.enforcement.workflow.RecordSteps;

/** 重大执法决定法制审核: submission, the steps, the list and its export, each in one transaction. */
@Service
@Transactional
public class MajorDecisionReviewService {

    private static final Map<String, String> SORTABLE = Map.of("submittedOn", "submittedOn", "status", "status", "nextDueOn", "nextDueOn");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("submittedOn"), Sort.Order.asc("id"));

    private final MajorDecisionReviews reviews;
    private final Agencies agencies;
    private final Officers officers;
    private final RecordSteps steps;
    private final MajorDecisionReviewMapper mapper;
    private final Listing listing;
    private final DueDates dueDates;
    private final DivisionScope scope;

    MajorDecisionReviewService(MajorDecisionReviews reviews, Agencies agencies, Officers officers, RecordSteps steps,
                               MajorDecisionReviewMapper mapper, Listing listing, DueDates dueDates, DivisionScope scope) {
        this.reviews = reviews;
        this.agencies = agencies;
        this.officers = officers;
        this.steps = steps;
        this.mapper = mapper;
        this.listing = listing;
        this.dueDates = dueDates;
        this.scope = scope;
    }

    /** What a legal review list filters on. */
    public record ReviewFilter(String divisionCode, UUID agencyId, MajorReviewStatus status, LocalDate from, LocalDate to,
                               String q, Boolean overdue, Boolean dueSoon) {
    }

    @Transactional(readOnly = true)
    public ListPage<MajorDecisionReviewListItem> list(ReviewFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = steps.today();
        return listing.page(MajorDecisionReview.class, spec(f, today), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT),
                rows -> mapper.rows(rows, today));
    }

    @Transactional(readOnly = true)
    public void export(ReviewFilter f, ExportFormat format, HttpServletResponse response) {
        LocalDate today = steps.today();
        listing.export(response, format, "重大执法决定法制审核", List.<ExportColumn<MajorDecisionReviewListItem>>of(
                        new ExportColumn<>("案件名称", MajorDecisionReviewListItem::caseTitle),
                        new ExportColumn<>("当事人", MajorDecisionReviewListItem::partyName),
                        new ExportColumn<>("审核情形", MajorDecisionReviewListItem::reasonLabel),
                        new ExportColumn<>("提交日期", MajorDecisionReviewListItem::submittedOn),
                        new ExportColumn<>("状态", MajorDecisionReviewListItem::statusLabel),
                        new ExportColumn<>("期限届满", MajorDecisionReviewListItem::nextDueOn),
                        new ExportColumn<>("逾期", r -> r.overdue() ? "是" : "否"),
                        new ExportColumn<>("意见日期", MajorDecisionReviewListItem::opinionOn)),
                MajorDecisionReview.class, spec(f, today), Sort.by("submittedOn", "id"), rows -> mapper.rows(rows, today));
    }

    private Specification<MajorDecisionReview> spec(ReviewFilter f, LocalDate today) {
        return Filters.of(MajorDecisionReview.class).division(scope, f.divisionCode()).eq("agencyId", f.agencyId())
                .eq("status", f.status()).between("submittedOn", f.from(), f.to()).text(f.q(), "caseTitle", "partyName")
                .and(DueDates.overdue(f.overdue(), today)).and(dueDates.dueSoon(f.dueSoon(), today)).build();
    }

    @Transactional(readOnly = true)
    public MajorDecisionReviewView get(UUID id) {
        return detail(reviews.require(id));
    }

    public MajorDecisionReviewView submit(SubmitRequest r) {
        Agency agency = agencies.require(r.agencyId());
        LocalDate on = StepDates.of("submittedOn", r.submittedOn(), steps.today(), null, null);
        MajorDecisionReview review = steps.create(new MajorDecisionReview(agency.getDivisionCode(), agency.getId(),
                r.caseTitle().trim(), r.partyName().trim(), r.actionRef(), r.reason(), on), MajorDecisionReview::registration);
        return detail(review);
    }

    public MajorDecisionReviewView startReview(UUID id, String ifMatch, StartReviewRequest r) {
        MajorDecisionReview review = reviews.require(id);
        var reviewer = officers.require(r.reviewerId());
        return step(review, ifMatch, x -> x.startReview(reviewer, r.startedOn(), r.comment(), steps.today()));
    }

    public MajorDecisionReviewView giveOpinion(UUID id, String ifMatch, OpinionRequest r) {
        return step(reviews.require(id), ifMatch, x -> x.giveOpinion(r.opinion(), r.opinionText(), r.opinionOn(), steps.today()));
    }

    private MajorDecisionReviewView step(MajorDecisionReview review, String ifMatch, Function<MajorDecisionReview, Transition> decide) {
        return detail(steps.step(review, ifMatch, decide));
    }

    private MajorDecisionReviewView detail(MajorDecisionReview r) {
        return mapper.detail(r, steps.state(r));
    }
}
