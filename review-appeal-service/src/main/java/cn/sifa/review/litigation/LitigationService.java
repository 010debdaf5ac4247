package cn.sifa.review.litigation;

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

import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.deadline.DeadlineRule;
import cn.sifa.core.deadline.DeadlineRules;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.list.Mine;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.DueDates;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.review.litigation.LitigationRequests.AccountabilityRequest;
import cn.sifa.review.litigation.LitigationRequests.AppealRequest;
import cn.sifa.review.litigation.LitigationRequests.DefenceRequest;
import cn.sifa.review.litigation.LitigationRequests.EffectiveRequest;
import cn.sifa.review.litigation.LitigationRequests.HearingNoticeRequest;
import cn.sifa.review.litigation.LitigationRequests.HearingRequest;
import cn.sifa.review.litigation.LitigationRequests.JudgmentRequest;
import cn.sifa.review.litigation.LitigationRequests.LawsuitRequest;
import cn.sifa.review.litigation.LitigationRequests.PerformanceRequest;
import cn.sifa.review.reconsideration.ActCategory;
import cn.sifa.review.reconsideration.ReconsiderationService;

/** 行政应诉: lawsuits, their steps, the list and its export, each in one transaction. */
@Service
@Transactional
public class LitigationService {

    private static final Map<String, String> SORTABLE = Map.of("summonsReceivedOn", "summonsReceivedOn", "status", "status",
            "nextDueOn", "nextDueOn", "judgedOn", "judgedOn");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("summonsReceivedOn"), Sort.Order.asc("id"));

    private final Litigations litigations;
    private final Accountabilities accountabilities;
    private final ReconsiderationService reconsiderations;
    private final Workflow workflow;
    private final LitigationMapper mapper;
    private final Listing listing;
    private final DueDates dueDates;
    private final DivisionScope scope;
    private final DeadlineRules rules;
    private final DeadlineCalculator calculator;

    LitigationService(Litigations litigations, Accountabilities accountabilities, ReconsiderationService reconsiderations, Workflow workflow,
                      LitigationMapper mapper, Listing listing, DueDates dueDates, DivisionScope scope, DeadlineRules rules,
                      DeadlineCalculator calculator) {
        this.rules = rules;
        this.calculator = calculator;
        this.litigations = litigations;
        this.accountabilities = accountabilities;
        this.reconsiderations = reconsiderations;
        this.workflow = workflow;
        this.mapper = mapper;
        this.listing = listing;
        this.dueDates = dueDates;
        this.scope = scope;
    }

    /** What a lawsuit list filters on. */
    public record LitigationFilter(String divisionCode, List<LitigationStatus> status, Instance instance,
                                   ActCategory actCategory, LitigationOutcome outcome, UUID relatedReconsiderationId,
                                   Boolean mine, LocalDate from, LocalDate to, String q, Boolean overdue, Boolean dueSoon) {
    }

    @Transactional(readOnly = true)
    public ListPage<LitigationListItem> list(LitigationFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = workflow.today();
        return listing.page(Litigation.class, spec(f, today), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT),
                rows -> mapper.rows(rows, today));
    }

    @Transactional(readOnly = true)
    public void export(LitigationFilter f, ExportFormat format, HttpServletResponse response) {
        LocalDate today = workflow.today();
        listing.export(response, format, "行政应诉案件", List.<ExportColumn<LitigationListItem>>of(
                        new ExportColumn<>("收到起诉状副本日期", LitigationListItem::summonsReceivedOn),
                        new ExportColumn<>("法院", LitigationListItem::court),
                        new ExportColumn<>("案号", LitigationListItem::courtCaseNo),
                        new ExportColumn<>("原告", LitigationListItem::plaintiff),
                        new ExportColumn<>("状态", LitigationListItem::statusLabel),
                        new ExportColumn<>("负责人出庭", r -> r.headAppeared() ? "是" : "否"),
                        new ExportColumn<>("裁判结果", r -> r.outcome() == null ? "" : r.outcome().label()),
                        new ExportColumn<>("期限届满", LitigationListItem::nextDueOn),
                        new ExportColumn<>("逾期", r -> r.overdue() ? "是" : "否")),
                Litigation.class, spec(f, today), Sort.by("summonsReceivedOn", "id"), rows -> mapper.rows(rows, today));
    }

    private Specification<Litigation> spec(LitigationFilter f, LocalDate today) {
        return Filters.of(Litigation.class).division(scope, f.divisionCode()).in("status", f.status())
                .eq("instance", f.instance()).eq("actCategory", f.actCategory()).eq("outcome", f.outcome())
                .eq("relatedReconsiderationId", f.relatedReconsiderationId())
                .eq("assignee", Mine.assignee(f.mine(), null)).between("summonsReceivedOn", f.from(), f.to())
                .text(f.q(), "courtCaseNo", "plaintiff", "court")
                .and(DueDates.overdue(f.overdue(), today)).and(dueDates.dueSoon(f.dueSoon(), today)).build();
    }

    @Transactional(readOnly = true)
    public LitigationView get(UUID id) {
        return detail(litigations.require(id));
    }

    /**
     * Records a lawsuit (the department or town reports it, 报备). When it follows a reconsideration (in the caller's
     * scope, else 404), that case becomes LITIGATED.
     */
    public LitigationView receive(LawsuitRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        LocalDate on = StepDates.of("summonsReceivedOn", r.summonsReceivedOn(), workflow.today(), null, null);
        CourtProcedure procedure = r.courtProcedure() == null ? CourtProcedure.ORDINARY : r.courtProcedure();
        ValidationException.Collector errors = new ValidationException.Collector();
        if (r.registeredOn() != null && r.registeredOn().isAfter(on)) {
            errors.add("registeredOn", "date-after-summons", "立案日期不能晚于收到起诉状副本日期 " + on);
        }
        if (procedure == CourtProcedure.SIMPLE && r.instance() != Instance.FIRST) {
            errors.add("courtProcedure", "simple-first-instance-only", "简易程序只适用于第一审行政案件(行政诉讼法第82条)");
        }
        errors.throwIfAny();
        Litigation created = workflow.create(new Litigation(division, blankToNull(r.assignee()), r.court().trim(),
                r.courtCaseNo().trim(), r.instance(), r.plaintiff().trim(), r.defendantAgencies().stream().map(String::trim).toList(),
                r.relatedReconsiderationId(), r.actCategory(), on, r.registeredOn(), procedure), Litigation::registration);
        if (r.relatedReconsiderationId() != null) {
            reconsiderations.litigated(r.relatedReconsiderationId(), created.getCourtCaseNo(), on);
        }
        litigations.flush();
        return detail(created);
    }

    public LitigationView defenceFiled(UUID id, String ifMatch, DefenceRequest r) {
        return step(id, ifMatch, l -> l.defenceFiled(r.evidenceFiled(), Boolean.TRUE.equals(r.normativeDocumentsFiled()),
                day(r.filedOn()), workflow.today()));
    }

    /** 出庭通知书: the earliest lawful hearing date counts the rule's days (3, 出庭应诉规定第5条) from the notice's service. */
    public LitigationView hearingNotice(UUID id, String ifMatch, HearingNoticeRequest r) {
        LocalDate served = day(r.servedOn());
        return step(id, ifMatch, l -> {
            DeadlineRule rule = rules.resolve(Litigation.APPEARANCE_NOTICE, l.getDivisionCode());
            LocalDate earliest = calculator.due(served, rule.getAmount(), rule.getUnit(), rule.isExpiry()).date();
            return l.hearingNotice(served, r.hearingOn(), earliest, Boolean.TRUE.equals(r.headRequired()), r.note(), workflow.today());
        });
    }

    public LitigationView courtExtension(UUID id, String ifMatch, LitigationRequests.CourtExtensionRequest r) {
        return step(id, ifMatch, l -> l.courtExtension(r.months(), r.approvedBy().trim(), day(r.approvedOn()), workflow.today()));
    }

    public LitigationView courtProcedureConversion(UUID id, String ifMatch, LitigationRequests.CourtProcedureConversionRequest r) {
        return step(id, ifMatch, l -> l.courtProcedureConversion(day(r.convertedOn()), r.note(), workflow.today()));
    }

    public LitigationView hearing(UUID id, String ifMatch, HearingRequest r) {
        return step(id, ifMatch, l -> l.hearing(r.heldOn(), r.appearanceRole(), r.appearedName().trim(), r.absenceReason(),
                r.absenceProofFiled(), r.headSpoke(), Boolean.TRUE.equals(r.courtRequiredHead()), workflow.today()));
    }

    public LitigationView judgment(UUID id, String ifMatch, JudgmentRequest r) {
        return step(id, ifMatch, l -> l.judgment(r.outcome(), day(r.judgedOn()), r.receivedOn(), workflow.today()));
    }

    public LitigationView appeal(UUID id, String ifMatch, AppealRequest r) {
        return step(id, ifMatch, l -> l.appeal(r.appellant().trim(), day(r.appealedOn()), workflow.today()));
    }

    public LitigationView effective(UUID id, String ifMatch, EffectiveRequest r) {
        return step(id, ifMatch, l -> l.effective(workflow.openDue(l, l.appealRule()), day(r.effectiveOn()), workflow.today()));
    }

    public LitigationView performance(UUID id, String ifMatch, PerformanceRequest r) {
        return step(id, ifMatch, l -> l.performance(r.note().trim(), day(r.performedOn()), workflow.today()));
    }

    public LitigationView accountability(UUID id, String ifMatch, AccountabilityRequest r) {
        LocalDate on = day(r.decidedOn());
        Litigation l = workflow.step(litigations.require(id), ifMatch, x -> x.accountability(r.person().trim(), r.measure(), on,
                workflow.today()));
        accountabilities.save(new Accountability(l, r.person().trim(), r.position(), r.measure(), on, r.note()));
        litigations.flush();
        return detail(l);
    }

    private LocalDate day(LocalDate given) {
        return given == null ? workflow.today() : given;
    }

    private LitigationView step(UUID id, String ifMatch, Function<Litigation, Transition> decide) {
        Litigation l = workflow.step(litigations.require(id), ifMatch, decide);
        litigations.flush();
        return detail(l);
    }

    private LitigationView detail(Litigation l) {
        return mapper.detail(l, workflow.state(l), accountabilities.findByLitigationIdOrderByDecidedOnAscIdAsc(l.getId()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
