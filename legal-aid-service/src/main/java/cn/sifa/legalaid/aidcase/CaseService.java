package cn.sifa.legalaid.aidcase;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.caseno.CaseNumbers;
import cn.sifa.core.error.ConflictException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.list.Mine;
import cn.sifa.core.organization.OrganizationRef;
import cn.sifa.core.organization.Organizations;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.DueDates;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.legalaid.aidcase.CaseRequests.AssignRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.CloseRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.FollowUpRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.InformNotifierRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.NotificationRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.QualityReviewRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.ServiceRecordRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.TerminateRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.TerminationObjectionDecisionRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.TerminationObjectionRequest;
import cn.sifa.legalaid.provider.Provider;
import cn.sifa.legalaid.provider.Providers;
import cn.sifa.legalaid.subsidy.SubsidyStandards;

/** 法律援助案件: opening (grant, aid before the decision, notification), the steps, the list and its export. */
@Service
@Transactional
public class CaseService {

    /** Case numbers of the county 司法局: 开福援〔2026〕12号. */
    public static final String SERIES = "援";

    private static final Map<String, String> SORTABLE = Map.of("openedOn", "openedOn", "status", "status",
            "nextDueOn", "nextDueOn", "caseNo", "caseNoKey");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("openedOn"), Sort.Order.asc("id"));

    private final LegalAidCases cases;
    private final Providers providers;
    private final Workflow workflow;
    private final CaseMapper mapper;
    private final Listing listing;
    private final DueDates dueDates;
    private final DivisionScope scope;
    private final Organizations organizations;
    private final CaseNumbers caseNumbers;
    private final ConflictChecks conflicts;
    private final SubsidyStandards subsidies;

    CaseService(LegalAidCases cases, Providers providers, Workflow workflow, CaseMapper mapper, Listing listing,
                DueDates dueDates, DivisionScope scope, Organizations organizations, CaseNumbers caseNumbers,
                ConflictChecks conflicts, SubsidyStandards subsidies) {
        this.conflicts = conflicts;
        this.subsidies = subsidies;
        this.cases = cases;
        this.providers = providers;
        this.workflow = workflow;
        this.mapper = mapper;
        this.listing = listing;
        this.dueDates = dueDates;
        this.scope = scope;
        this.organizations = organizations;
        this.caseNumbers = caseNumbers;
    }

    /** What a case list filters on. */
    public record CaseFilter(String divisionCode, CaseStatus status, CaseSource source, AidCategory category,
                             NotificationGround notificationGround, UUID providerId, Boolean mine, LocalDate from,
                             LocalDate to, String q, Boolean overdue, Boolean dueSoon) {
    }

    /** What an application hands over when it opens its case. */
    public record ClientMatter(String divisionCode, UUID applicationId, String handler, String clientName, String clientIdNumber,
                               String clientPhone, AidCategory category, AidMatter matter, AidForm aidForm,
                               Set<SpecialGroup> specialGroups, List<Opponent> opponents) {
    }

    @Transactional(readOnly = true)
    public ListPage<CaseListItem> list(CaseFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = workflow.today();
        return listing.page(LegalAidCase.class, spec(f, today), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT),
                rows -> mapper.rows(rows, today, providerNames(rows)));
    }

    @Transactional(readOnly = true)
    public void export(CaseFilter f, ExportFormat format, HttpServletResponse response) {
        LocalDate today = workflow.today();
        listing.export(response, format, "法律援助案件", List.<ExportColumn<CaseListItem>>of(
                        new ExportColumn<>("案号", CaseListItem::caseNo), new ExportColumn<>("来源", CaseListItem::sourceLabel),
                        new ExportColumn<>("受援人", CaseListItem::clientName), new ExportColumn<>("身份证号码", CaseListItem::clientIdNumber),
                        new ExportColumn<>("案件类别", CaseListItem::categoryLabel), new ExportColumn<>("援助事项", CaseListItem::matterLabel),
                        new ExportColumn<>("立案日期", CaseListItem::openedOn), new ExportColumn<>("状态", CaseListItem::statusLabel),
                        new ExportColumn<>("法律援助人员", r -> r.providerName() == null ? "" : r.providerName()),
                        new ExportColumn<>("指派日期", CaseListItem::assignedOn),
                        new ExportColumn<>("挽回经济损失(元)", CaseListItem::recoveredAmount),
                        new ExportColumn<>("期限届满", CaseListItem::nextDueOn),
                        new ExportColumn<>("逾期", r -> r.overdue() ? "是" : "否"), new ExportColumn<>("结案日期", CaseListItem::closedOn)),
                LegalAidCase.class, spec(f, today), Sort.by("openedOn", "id"), rows -> mapper.rows(rows, today, providerNames(rows)));
    }

    private Specification<LegalAidCase> spec(CaseFilter f, LocalDate today) {
        return Filters.of(LegalAidCase.class).division(scope, f.divisionCode()).eq("status", f.status()).eq("source", f.source())
                .eq("category", f.category()).eq("notificationGround", f.notificationGround()).eq("providerId", f.providerId())
                .eq("handler", Mine.assignee(f.mine(), null)).between("openedOn", f.from(), f.to())
                .text(f.q(), "caseNo", "clientName", "notifierName")
                .and(DueDates.overdue(f.overdue(), today)).and(dueDates.dueSoon(f.dueSoon(), today)).build();
    }

    /** The providers' names of a chunk of cases, in one query. */
    private Map<UUID, String> providerNames(Collection<LegalAidCase> rows) {
        Set<UUID> ids = rows.stream().map(LegalAidCase::getProviderId).filter(Objects::nonNull).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : providers.findAllById(ids).stream().collect(Collectors.toMap(Provider::getId, Provider::getName));
    }

    @Transactional(readOnly = true)
    public CaseView get(UUID id) {
        return detail(cases.require(id));
    }

    /** Opens the case of a granted application, or of aid before the decision (Art 44). */
    public LegalAidCase open(ClientMatter m, CaseSource source, LocalDate on) {
        LegalAidCase c = LegalAidCase.forApplication(m.divisionCode(), nextCaseNo(m.divisionCode(), on), m.handler(), source,
                m.applicationId(), m.clientName(), m.clientIdNumber(), m.clientPhone(), m.category(), m.matter(), m.aidForm(),
                m.specialGroups(), m.opponents(), on);
        return workflow.create(c, LegalAidCase::opening);
    }

    /** The application of a case given before the decision was refused: the case ends. */
    public void endAfterRefusal(UUID caseId, LocalDate on) {
        LegalAidCase c = cases.require(caseId);
        workflow.apply(c, c.endAfterRefusal(on));
    }

    /** 通知辩护/代理 received: the case opens with the 3-day assignment period of Art 36. */
    public CaseView receiveNotification(NotificationRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        LocalDate on = StepDates.of("receivedOn", r.receivedOn(), workflow.today(), null, null);
        LegalAidCase c = LegalAidCase.notified(division, nextCaseNo(division, on), staff(), r.notifier(), r.notifierName().trim(),
                r.ground(), blankToNull(r.charge()), r.suspect().name().trim(), blankToNull(r.suspect().idNumber()),
                blankToNull(r.suspect().phone()), r.suspect().specialGroups(), Opponent.of(r.opponents()), on);
        return detail(workflow.create(c, LegalAidCase::opening));
    }

    /** 利益冲突审查 of a case and a provider (any state: before an assignment, or to review one). */
    @Transactional(readOnly = true)
    public ConflictCheckView conflictCheck(UUID id, UUID providerId) {
        LegalAidCase c = cases.require(id);
        if (providerId == null) {
            throw ValidationException.of("providerId", "required", "缺少参数 providerId");
        }
        return conflicts.check(c, rosterProvider(c, providerId));
    }

    /** 指派: the conflict check runs first; what it found must be confirmed ({@code conflictCheck.confirmed}). */
    public CaseView assign(UUID id, String ifMatch, AssignRequest r) {
        LegalAidCase c = cases.require(id);
        Provider provider = rosterProvider(c, r.providerId());
        ConflictCheckView check = conflicts.check(c, provider);
        boolean confirmed = r.conflictCheck() != null && Boolean.TRUE.equals(r.conflictCheck().confirmed());
        String confirmedBy = confirmed ? CurrentCaller.find().map(SifaPrincipal::subject).orElse("system") : null;
        String note = r.conflictCheck() == null ? null : r.conflictCheck().note();
        LocalDate on = r.assignedOn() == null ? workflow.today() : r.assignedOn();
        return step(c, ifMatch, x -> x.assign(provider, Boolean.TRUE.equals(r.chosenByApplicant()), on, workflow.today(), check,
                confirmedBy, note));
    }

    private Provider rosterProvider(LegalAidCase c, UUID providerId) {
        Provider provider = providers.require(providerId);
        if (!provider.servesDivision(c.getDivisionCode())) {
            throw new ConflictException("法律援助人员 " + provider.getName() + " 不在本案所在行政区划的名册中");
        }
        return provider;
    }

    public CaseView informNotifier(UUID id, String ifMatch, InformNotifierRequest r) {
        return step(cases.require(id), ifMatch, x -> x.informNotifier(dateOrToday(r.informedOn()), workflow.today()));
    }

    public CaseView recordService(UUID id, String ifMatch, ServiceRecordRequest r) {
        return step(cases.require(id), ifMatch, x -> x.recordService(r.kind(), r.content().trim(), dateOrToday(r.servedOn()), workflow.today()));
    }

    public CaseView terminate(UUID id, String ifMatch, TerminateRequest r) {
        return step(cases.require(id), ifMatch, x -> x.terminate(r.ground(), r.reason(), dateOrToday(r.terminatedOn()), workflow.today()));
    }

    /** 结案: the documents filed and the subsidy of the standard that applies to the case's province, category and aid form. */
    public CaseView close(UUID id, String ifMatch, CloseRequest r) {
        LegalAidCase c = cases.require(id);
        SubsidyStandards.Standard subsidy = subsidies.find(c.getDivisionCode(), c.getCategory(), c.getAidForm()).orElse(null);
        List<ClosingDocument> documents = r.documents() == null ? List.of()
                : r.documents().stream().map(d -> new ClosingDocument(d.type(), d.name().trim())).toList();
        return step(c, ifMatch, x -> x.close(r.result().trim(), r.recoveredAmount(), documents, subsidy, dateOrToday(r.closedOn()),
                workflow.today()));
    }

    public CaseView objectToTermination(UUID id, String ifMatch, TerminationObjectionRequest r) {
        return step(cases.require(id), ifMatch, x -> x.objectToTermination(r.reason().trim(), dateOrToday(r.filedOn()), workflow.today()));
    }

    public CaseView decideTerminationObjection(UUID id, String ifMatch, TerminationObjectionDecisionRequest r) {
        return step(cases.require(id), ifMatch, x -> x.decideTerminationObjection(r.result(), r.reason(), dateOrToday(r.decidedOn()),
                workflow.today()));
    }

    public CaseView reviewQuality(UUID id, String ifMatch, QualityReviewRequest r) {
        return step(cases.require(id), ifMatch, x -> x.reviewQuality(r.score(), r.comment(), dateOrToday(r.reviewedOn()), workflow.today()));
    }

    public CaseView followUp(UUID id, String ifMatch, FollowUpRequest r) {
        return step(cases.require(id), ifMatch, x -> x.followUp(r.satisfaction(), r.comment(), dateOrToday(r.followedUpOn()), workflow.today()));
    }

    private CaseView step(LegalAidCase c, String ifMatch, Function<LegalAidCase, Transition> decide) {
        workflow.step(c, ifMatch, decide);
        cases.flush();
        return detail(c);
    }

    private CaseView detail(LegalAidCase c) {
        String providerName = c.getProviderId() == null ? null : providers.findById(c.getProviderId()).map(Provider::getName).orElse(null);
        return mapper.detail(c, workflow.state(c), providerName);
    }

    private String nextCaseNo(String division, LocalDate on) {
        OrganizationRef bureau = organizations.bureauOf(division)
                .orElseThrow(() -> new ConflictException("行政区划 " + division + " 尚未设立司法局,无法编制法律援助案号"));
        return caseNumbers.next(bureau.id(), SERIES, on.getYear());
    }

    private LocalDate dateOrToday(LocalDate on) {
        return on == null ? workflow.today() : on;
    }

    /** The staff member registering a record handles it (their login lies in the record's division). */
    public static String staff() {
        return CurrentCaller.find().filter(p -> p.kind() == SifaPrincipal.Kind.STAFF).map(SifaPrincipal::subject).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
