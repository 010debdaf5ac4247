package cn.sifa.review.reconsideration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.audit.AuditLog;
import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.deadline.DeadlineUnit;
import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.list.Mine;
import cn.sifa.core.person.PersonalData;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.DueDates;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.review.reconsideration.ReconsiderationRequests.AbandonmentRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.AdviceLetterRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ConversionRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.FollowUpRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.AcceptanceRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ApplicationRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ConsultationRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.CopySentRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.CorrectionRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.DecisionRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ExtensionRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.FinalityRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.HearingRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.MediationRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ReplyRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ResumptionRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ServiceRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.SuspensionRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.WithdrawalRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ClassificationRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeNoticeRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeReplyRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeResultRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeReviewRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeStartRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeDocumentRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeTransferRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.PartyRequest;

/** 行政复议: receipt, the steps, the list and its export, each in one transaction. */
@Service
@Transactional
public class ReconsiderationService {

    private static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "status", "status",
            "nextDueOn", "nextDueOn", "concludedOn", "concludedOn");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.asc("id"));
    /** 听证通知 at least 5 working days before the hearing (第51条). */
    private static final int HEARING_NOTICE_WORKING_DAYS = 5;
    /** Roles that see the parties' full ID numbers and phones in a detail (each such read is audited; core {@link PersonalData}). */
    static final java.util.Set<Role> FULL_PERSONAL_DATA_ROLES = java.util.EnumSet.of(Role.REVIEW_STAFF, Role.SYSTEM_ADMIN);

    private final Reconsiderations reconsiderations;
    private final Workflow workflow;
    private final ReconsiderationMapper mapper;
    private final Listing listing;
    private final DueDates dueDates;
    private final DivisionScope scope;
    private final DeadlineCalculator calculator;
    private final AuditLog audit;
    @PersistenceContext
    private EntityManager entityManager;

    ReconsiderationService(Reconsiderations reconsiderations, Workflow workflow, ReconsiderationMapper mapper,
                           Listing listing, DueDates dueDates, DivisionScope scope, DeadlineCalculator calculator,
                           AuditLog audit) {
        this.audit = audit;
        this.reconsiderations = reconsiderations;
        this.workflow = workflow;
        this.mapper = mapper;
        this.listing = listing;
        this.dueDates = dueDates;
        this.scope = scope;
        this.calculator = calculator;
    }

    /** What a reconsideration list filters on. */
    public record ReconsiderationFilter(String divisionCode, List<ReconsiderationStatus> status, ActCategory actCategory,
                                        ReconsiderationOutcome outcome, Boolean late, Boolean mine, LocalDate from,
                                        LocalDate to, String q, Boolean overdue, Boolean dueSoon, Boolean majorComplex,
                                        Boolean normativeReviewPending) {
    }

    @Transactional(readOnly = true)
    public ListPage<ReconsiderationListItem> list(ReconsiderationFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = workflow.today();
        return listing.page(Reconsideration.class, spec(f, today), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT),
                rows -> mapper.rows(rows, today));
    }

    @Transactional(readOnly = true)
    public void export(ReconsiderationFilter f, ExportFormat format, HttpServletResponse response) {
        LocalDate today = workflow.today();
        listing.export(response, format, "行政复议案件", List.<ExportColumn<ReconsiderationListItem>>of(
                        new ExportColumn<>("收到申请日期", ReconsiderationListItem::receivedOn),
                        new ExportColumn<>("申请人", r -> String.join("、", r.applicants().stream().map(PartyView::name).toList())),
                        new ExportColumn<>("被申请人", ReconsiderationListItem::respondentName),
                        new ExportColumn<>("行政行为类别", ReconsiderationListItem::actCategoryLabel),
                        new ExportColumn<>("状态", ReconsiderationListItem::statusLabel),
                        new ExportColumn<>("结果", r -> r.outcomeLabel() == null ? "" : r.outcomeLabel()),
                        new ExportColumn<>("期限届满", ReconsiderationListItem::nextDueOn),
                        new ExportColumn<>("逾期", r -> r.overdue() ? "是" : "否"),
                        new ExportColumn<>("结案日期", ReconsiderationListItem::concludedOn)),
                Reconsideration.class, spec(f, today), Sort.by("receivedOn", "id"), rows -> mapper.rows(rows, today));
    }

    private Specification<Reconsideration> spec(ReconsiderationFilter f, LocalDate today) {
        return Filters.of(Reconsideration.class).division(scope, f.divisionCode()).in("status", f.status())
                .eq("actCategory", f.actCategory()).eq("outcome", f.outcome()).eq("late", f.late())
                .eq("assignee", Mine.assignee(f.mine(), null)).between("receivedOn", f.from(), f.to())
                .text(f.q(), "applicants", "respondentName", "actDescription")
                .eq("majorComplex", f.majorComplex())
                .and(normativeReviewPending(f.normativeReviewPending()))
                .and(overdue(f.overdue(), today)).and(dueDates.dueSoon(f.dueSoon(), today)).build();
    }

    /** Overdue: an open period of the case or of one of its 附带审查 has passed (as the rows' {@code overdue}). */
    private static Specification<Reconsideration> overdue(Boolean overdue, LocalDate today) {
        if (overdue == null) {
            return null;
        }
        Specification<Reconsideration> review = anyNormativeReview((n, cb) -> cb.lessThan(n.<LocalDate>get("nextDueOn"), today));
        return overdue ? DueDates.<Reconsideration>overdue(true, today).or(review)
                : DueDates.<Reconsideration>overdue(false, today).and(Specification.not(review));
    }

    /** Cases with a 附带审查 matching {@code where}. */
    private static Specification<Reconsideration> anyNormativeReview(
            java.util.function.BiFunction<jakarta.persistence.criteria.Root<NormativeReview>, jakarta.persistence.criteria.CriteriaBuilder,
                    jakarta.persistence.criteria.Predicate> where) {
        return (root, query, cb) -> {
            var sub = query.subquery(Integer.class);
            var n = sub.from(NormativeReview.class);
            sub.select(cb.literal(1)).where(cb.equal(n.get("reconsideration"), root), where.apply(n, cb));
            return cb.exists(sub);
        };
    }

    /** 附带审查进行中: one of the case's started and without a result, the case not concluded (it is suspended meanwhile). */
    private static Specification<Reconsideration> normativeReviewPending(Boolean pending) {
        if (pending == null) {
            return null;
        }
        Specification<Reconsideration> underWay = anyNormativeReview((n, cb) -> cb.and(cb.isNotNull(n.get("startedOn")),
                cb.isNull(n.get("result"))));
        Specification<Reconsideration> open = (root, query, cb) -> cb.isNull(root.get("concludedOn"));
        return pending ? underWay.and(open) : Specification.not(underWay.and(open));
    }

    @Transactional(readOnly = true)
    public ReconsiderationView get(UUID id) {
        Reconsideration r = reconsiderations.require(id);
        boolean full = seesFull();
        boolean anyId = r.getParties().stream().anyMatch(p -> p.getIdNumber() != null);
        boolean anyPhone = r.getParties().stream().anyMatch(p -> p.getPhone() != null || p.getAgentPhone() != null);
        String fullRead = PersonalData.fullReadAction(full, anyId, anyPhone);
        if (fullRead != null) {
            audit.record(fullRead, Reconsideration.RECORD_TYPE, id.toString(), r.getDivisionCode(),
                    "查看行政复议案件(" + r.getApplicantNames() + ")当事人完整" + (anyId ? "身份证号码及联系电话" : "联系电话"));
        }
        return detail(r, full);
    }

    private static boolean seesFull() {
        return PersonalData.seesFull(CurrentCaller.get(), FULL_PERSONAL_DATA_ROLES);
    }

    public ReconsiderationView receive(ApplicationRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        LocalDate today = workflow.today();
        LocalDate on = StepDates.of("receivedOn", r.receivedOn(), today, null, null);
        var errors = new cn.sifa.core.error.ValidationException.Collector();
        StepDates.check(errors, "knewOn", r.knewOn(), today, r.actDate(), "行政行为作出日期");
        if (r.knewOn().isAfter(on)) {
            errors.add("knewOn", "date-after-received", "知道行政行为之日不能晚于收到申请日期 " + on);
        }
        List<PartyRequest> thirdParties = r.thirdParties() == null ? List.of() : r.thirdParties();
        checkParties(errors, "applicants", r.applicants());
        checkParties(errors, "thirdParties", thirdParties);
        errors.throwIfAny();
        Reconsideration application = new Reconsideration(division, blankToNull(r.assignee()), parties(r.applicants()),
                parties(thirdParties), r.respondentAgency().name().trim(),
                r.respondentAgency().creditCode(), r.actCategory(), r.actDescription().trim(), r.actDate(), r.knewOn(), on,
                r.requests().trim(), r.amountInvolved(), r.channel());
        if (r.normativeReview() != null) {
            application.normativeReviewRequested("normativeReview.document", r.normativeReview().document().trim(),
                    r.normativeReview().issuingBody().trim(), blankToNull(r.normativeReview().provisions()));
        }
        List<NormativeDocumentRequest> documents = r.normativeReviews() == null ? List.of() : r.normativeReviews();
        for (int i = 0; i < documents.size(); i++) {
            application.normativeReviewRequested("normativeReviews[" + i + "].document", documents.get(i).document().trim(),
                    documents.get(i).issuingBody().trim(), blankToNull(documents.get(i).provisions()));
        }
        Reconsideration created = workflow.create(application, Reconsideration::registration);
        reconsiderations.flush();
        return detail(created);
    }

    public ReconsiderationView acceptance(UUID id, String ifMatch, AcceptanceRequest r) {
        return step(id, ifMatch, x -> x.acceptance(r.decision(), r.procedure(), r.simpleGround(), r.reason(),
                r.competentBody(), Boolean.TRUE.equals(r.majorComplex()), Boolean.TRUE.equals(r.highlyTechnical()),
                day(r.decidedOn()), workflow.today()));
    }

    public ReconsiderationView corrections(UUID id, String ifMatch, CorrectionRequest r) {
        return step(id, ifMatch, x -> x.corrections(day(r.receivedOn()), workflow.today()));
    }

    public ReconsiderationView abandonment(UUID id, String ifMatch, AbandonmentRequest r) {
        return step(id, ifMatch, x -> x.abandonment(workflow.openDue(x, Reconsideration.CORRECTION), day(r.abandonedOn()), workflow.today()));
    }

    public ReconsiderationView copySent(UUID id, String ifMatch, CopySentRequest r) {
        return step(id, ifMatch, x -> x.copySent(day(r.sentOn()), r.respondentReceivedOn(), workflow.today()));
    }

    public ReconsiderationView respondentReply(UUID id, String ifMatch, ReplyRequest r) {
        return step(id, ifMatch, x -> x.respondentReply(!Boolean.TRUE.equals(r.noReply()), day(r.repliedOn()), workflow.today()));
    }

    public ReconsiderationView hearing(UUID id, String ifMatch, HearingRequest r) {
        LocalDate earliest = calculator.due(r.noticeOn(), HEARING_NOTICE_WORKING_DAYS, DeadlineUnit.WORKING_DAY).date();
        return step(id, ifMatch, x -> x.hearing(r.noticeOn(), earliest, r.heldOn(), r.record().trim(),
                Boolean.TRUE.equals(r.applicantAbsent()), workflow.today()));
    }

    public ReconsiderationView committeeConsultation(UUID id, String ifMatch, ConsultationRequest r) {
        return step(id, ifMatch, x -> x.committeeConsultation(r.opinion().trim(), day(r.consultedOn()), workflow.today()));
    }

    public ReconsiderationView classification(UUID id, String ifMatch, ClassificationRequest r) {
        return step(id, ifMatch, x -> x.classification(r.majorComplex(), r.highlyTechnical(), r.article24Case(),
                r.consultationNecessary(), r.hearingRequested(), r.note(), day(r.classifiedOn()), workflow.today()));
    }

    public ReconsiderationView normativeReview(UUID id, String ifMatch, NormativeReviewRequest r) {
        return normativeStep(id, ifMatch, x -> x.newNormativeReview(r.source() == null ? NormativeReviewSource.APPLICANT_REQUEST
                        : r.source(), blankToNull(r.document()), blankToNull(r.issuingBody()), blankToNull(r.provisions()),
                r.competent(), day(r.startedOn()), workflow.today()));
    }

    public ReconsiderationView normativeReviewStart(UUID id, UUID reviewId, String ifMatch, NormativeStartRequest r) {
        return normativeStep(id, ifMatch, x -> x.startRequestedNormativeReview(reviewId, r.competent(),
                blankToNull(r.provisions()), day(r.startedOn()),
                workflow.openDue(x.normativeReview(reviewId), Reconsideration.NORMATIVE_HANDLING), workflow.today()));
    }

    public ReconsiderationView normativeReviewNotice(UUID id, UUID reviewId, String ifMatch, NormativeNoticeRequest r) {
        return normativeStep(id, ifMatch, x -> x.normativeReviewNotice(reviewId, day(r.notifiedOn()), r.drafterReceivedOn(),
                workflow.today()));
    }

    public ReconsiderationView normativeReviewTransfer(UUID id, UUID reviewId, String ifMatch, NormativeTransferRequest r) {
        return normativeStep(id, ifMatch, x -> x.normativeReviewTransfer(reviewId, r.transferee().trim(), day(r.transferredOn()),
                r.transfereeReceivedOn(), workflow.today()));
    }

    public ReconsiderationView normativeReviewReply(UUID id, UUID reviewId, String ifMatch, NormativeReplyRequest r) {
        return normativeStep(id, ifMatch, x -> x.normativeReviewReply(reviewId, r.reply().trim(), day(r.repliedOn()),
                workflow.today()));
    }

    public ReconsiderationView normativeReviewResult(UUID id, UUID reviewId, String ifMatch, NormativeResultRequest r) {
        return normativeStep(id, ifMatch, x -> x.normativeReviewResult(reviewId, r.result(), blankToNull(r.note()),
                day(r.concludedOn()), workflow.today()));
    }

    public ReconsiderationView extension(UUID id, String ifMatch, ExtensionRequest r) {
        return step(id, ifMatch, x -> x.extension(r.days(), r.approvedBy().trim(), day(r.approvedOn()), workflow.today()));
    }

    public ReconsiderationView conversion(UUID id, String ifMatch, ConversionRequest r) {
        return step(id, ifMatch, x -> x.conversion(r.approvedBy().trim(), day(r.approvedOn()), workflow.today()));
    }

    public ReconsiderationView adviceLetter(UUID id, String ifMatch, AdviceLetterRequest r) {
        return step(id, ifMatch, x -> x.adviceLetter(r.agency().trim(), r.content().trim(), day(r.issuedOn()), workflow.today()));
    }

    public ReconsiderationView followUp(UUID id, String ifMatch, FollowUpRequest r) {
        return step(id, ifMatch, x -> x.followUp("CORRECTION_REPORT".equals(r.kind()), r.note().trim(), day(r.on()), workflow.today()));
    }

    public ReconsiderationView suspension(UUID id, String ifMatch, SuspensionRequest r) {
        return step(id, ifMatch, x -> x.suspension(r.ground(), r.reason(), day(r.suspendedOn()), workflow.today()));
    }

    public ReconsiderationView resumption(UUID id, String ifMatch, ResumptionRequest r) {
        return step(id, ifMatch, x -> x.resumption(day(r.resumedOn()), workflow.today()));
    }

    public ReconsiderationView mediation(UUID id, String ifMatch, MediationRequest r) {
        return step(id, ifMatch, x -> x.mediation(r.succeeded(), r.note(), day(r.mediatedOn()), workflow.today()));
    }

    public ReconsiderationView decision(UUID id, String ifMatch, DecisionRequest r) {
        return step(id, ifMatch, x -> x.decision(r.outcome(), r.approvalMode(), r.approvedBy().trim(), r.reason(),
                day(r.decidedOn()), workflow.today()));
    }

    public ReconsiderationView service(UUID id, String ifMatch, ServiceRequest r) {
        return step(id, ifMatch, x -> x.service(day(r.servedOn()), workflow.today()));
    }

    public ReconsiderationView finality(UUID id, String ifMatch, FinalityRequest r) {
        return step(id, ifMatch, x -> x.finality(workflow.openDue(x, Reconsideration.LITIGATION_WINDOW), day(r.finalOn()), workflow.today()));
    }

    public ReconsiderationView withdrawal(UUID id, String ifMatch, WithdrawalRequest r) {
        return step(id, ifMatch, x -> x.withdrawal(Boolean.TRUE.equals(r.settlement()), r.reason(), day(r.withdrawnOn()),
                workflow.today()));
    }

    /**
     * A lawsuit against this decision was recorded: the case becomes LITIGATED (when it is SERVED; a suit on a case
     * in another state changes nothing here). Called by the litigation feature in its own transaction.
     */
    public void litigated(UUID id, String courtCaseNo, LocalDate on) {
        Reconsideration r = reconsiderations.require(id);
        if (r.getStatus() == ReconsiderationStatus.SERVED) {
            workflow.apply(r, r.litigated(courtCaseNo, on));
        }
    }

    private LocalDate day(LocalDate given) {
        return given == null ? workflow.today() : given;
    }

    /**
     * A step of the case, then what it brings to the 附带审查 (as the case decides): the acceptance opens the 30 days of
     * those the applicant asked for; an ending closes those requested or under way (their periods too).
     */
    private ReconsiderationView step(UUID id, String ifMatch, Function<Reconsideration, Transition> decide) {
        Reconsideration r = reconsiderations.require(id);
        ReconsiderationStatus before = r.getStatus();
        boolean open = r.getConcludedOn() == null;
        workflow.step(r, ifMatch, decide);
        r.normativeReviewsFollowing(before, open).forEach(t -> workflow.apply(t.review(), t.transition()));
        reconsiderations.flush();
        return detail(r);
    }

    /** A step of one 附带审查: the case's transition (If-Match is the case's), then the review's own. */
    private ReconsiderationView normativeStep(UUID id, String ifMatch, Function<Reconsideration, NormativeStep> decide) {
        NormativeStep[] decided = new NormativeStep[1];
        Reconsideration r = workflow.step(reconsiderations.require(id), ifMatch, x -> (decided[0] = decide.apply(x)).onCase());
        // a review's own step (notice, transfer, reply) leaves the case's row as it was: its version still moves, so that
        // the case's ETag covers its reviews and a concurrent step on the same review answers 409/412
        entityManager.lock(r, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        reconsiderations.flush();
        workflow.apply(decided[0].review(), decided[0].onReview());
        reconsiderations.flush();
        return detail(r);
    }

    /** The detail a step or a creation answers (the caller just wrote it: the same roles see full data, unaudited). */
    private ReconsiderationView detail(Reconsideration r) {
        return detail(r, seesFull());
    }

    /**
     * The case's workflow part with its 附带审查: each review shows its own periods; the case's {@code deadlines} list
     * them too (named by document), so that its {@code overdue} and {@code nextDueOn} count them as the list does.
     */
    private ReconsiderationView detail(Reconsideration r, boolean full) {
        WorkflowState own = workflow.state(r);
        List<DeadlineView> all = new ArrayList<>(own.deadlines());
        List<NormativeReviewView> reviews = new ArrayList<>();
        for (NormativeReview n : r.getNormativeReviews()) {
            // a requested review has periods once the case is accepted (第56条: 30 days from the acceptance)
            List<DeadlineView> periods = n.started() || r.getAcceptedOn() != null ? workflow.deadlines(n) : List.of();
            reviews.add(mapper.normativeReview(n, periods));
            periods.forEach(d -> all.add(new DeadlineView(d.kind(), d.label() + "(" + n.getDocument() + ")", d.dueDate(),
                    d.basis(), d.metOn(), d.status(), d.provisional())));
        }
        WorkflowState state = new WorkflowState(own.status(), own.allowedActions(), all,
                own.overdue() || reviews.stream().anyMatch(NormativeReviewView::overdue), own.history());
        return mapper.detail(r, state, full, reviews);
    }

    /** An ID number belongs to a natural person, a credit code to a legal person or other organisation. */
    private static void checkParties(ValidationException.Collector errors, String field, List<PartyRequest> parties) {
        for (int i = 0; i < parties.size(); i++) {
            PartyRequest p = parties.get(i);
            String at = field + "[" + i + "].";
            if (p.kind() == PartyKind.NATURAL_PERSON && !blank(p.creditCode())) {
                errors.add(at + "creditCode", "not-applicable", "自然人填写身份证号码,不填统一社会信用代码");
            }
            if (p.kind() != PartyKind.NATURAL_PERSON && !blank(p.idNumber())) {
                errors.add(at + "idNumber", "not-applicable", "法人或其他组织填写统一社会信用代码,不填身份证号码");
            }
        }
    }

    private static List<ReconsiderationParty> parties(List<PartyRequest> requests) {
        return requests.stream().map(p -> new ReconsiderationParty(p.kind(), p.name().trim(),
                blank(p.idNumber()) ? null : p.idNumber().trim().toUpperCase(),
                blank(p.creditCode()) ? null : p.creditCode().trim().toUpperCase(), blankToNull(p.phone()),
                blankToNull(p.address()), p.agent() == null ? null : p.agent().name().trim(),
                p.agent() == null ? null : blankToNull(p.agent().phone()))).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
