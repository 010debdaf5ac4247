package cn.sifa.legalaid.application;

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
import cn.sifa.core.person.MaskedEdits;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.DueDates;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.legalaid.aidcase.AidCategory;
import cn.sifa.legalaid.aidcase.AidMatter;
import cn.sifa.legalaid.aidcase.ObjectionResult;
import cn.sifa.legalaid.aidcase.CaseService;
import cn.sifa.legalaid.aidcase.CaseService.ClientMatter;
import cn.sifa.legalaid.aidcase.CaseSource;
import cn.sifa.legalaid.aidcase.LegalAidCase;
import cn.sifa.legalaid.aidcase.Opponent;
import cn.sifa.legalaid.application.ApplicationRequests.ApplicantRequest;
import cn.sifa.legalaid.application.ApplicationRequests.CreateRequest;
import cn.sifa.legalaid.application.ApplicationRequests.DecisionRequest;
import cn.sifa.legalaid.application.ApplicationRequests.ForwardedRequest;
import cn.sifa.legalaid.application.ApplicationRequests.MaterialsSuppliedRequest;
import cn.sifa.legalaid.application.ApplicationRequests.ObjectionDecisionRequest;
import cn.sifa.legalaid.application.ApplicationRequests.ObjectionRequest;
import cn.sifa.legalaid.application.ApplicationRequests.PreProvisionRequest;
import cn.sifa.legalaid.application.ApplicationRequests.SupplementRequest;
import cn.sifa.legalaid.application.ApplicationRequests.UpdateRequest;
import cn.sifa.legalaid.application.ApplicationRequests.WithdrawnRequest;

/** 法律援助申请: receipt, review steps, the list and its export, each in one transaction. A grant opens the case. */
@Service
@Transactional
public class ApplicationService {

    /** Application numbers of the county 司法局: 开福援申〔2026〕8号. */
    public static final String SERIES = "援申";

    private static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "status", "status",
            "nextDueOn", "nextDueOn", "applicationNo", "applicationNoKey");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.asc("id"));

    private final Applications applications;
    private final CaseService cases;
    private final Workflow workflow;
    private final ApplicationMapper mapper;
    private final Listing listing;
    private final DueDates dueDates;
    private final DivisionScope scope;
    private final Organizations organizations;
    private final CaseNumbers caseNumbers;

    ApplicationService(Applications applications, CaseService cases, Workflow workflow, ApplicationMapper mapper, Listing listing,
                       DueDates dueDates, DivisionScope scope, Organizations organizations, CaseNumbers caseNumbers) {
        this.applications = applications;
        this.cases = cases;
        this.workflow = workflow;
        this.mapper = mapper;
        this.listing = listing;
        this.dueDates = dueDates;
        this.scope = scope;
        this.organizations = organizations;
        this.caseNumbers = caseNumbers;
    }

    /** What an application list filters on. */
    public record ApplicationFilter(String divisionCode, List<ApplicationStatus> status, AidCategory category, AidMatter matter,
                                    ApplicationChannel channel, Boolean mine, LocalDate from, LocalDate to, String q,
                                    Boolean overdue, Boolean dueSoon) {
    }

    @Transactional(readOnly = true)
    public ListPage<ApplicationListItem> list(ApplicationFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = workflow.today();
        return listing.page(Application.class, spec(f, today), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT),
                rows -> mapper.rows(rows, today));
    }

    @Transactional(readOnly = true)
    public void export(ApplicationFilter f, ExportFormat format, HttpServletResponse response) {
        LocalDate today = workflow.today();
        listing.export(response, format, "法律援助申请", List.<ExportColumn<ApplicationListItem>>of(
                        new ExportColumn<>("申请编号", ApplicationListItem::applicationNo),
                        new ExportColumn<>("申请人", ApplicationListItem::applicantName),
                        new ExportColumn<>("身份证号码", ApplicationListItem::applicantIdNumber),
                        new ExportColumn<>("联系电话", r -> r.applicantPhone() == null ? "" : r.applicantPhone()),
                        new ExportColumn<>("案件类别", ApplicationListItem::categoryLabel),
                        new ExportColumn<>("援助事项", ApplicationListItem::matterLabel),
                        new ExportColumn<>("申请渠道", r -> r.channel().label()),
                        new ExportColumn<>("收到申请日期", ApplicationListItem::receivedOn),
                        new ExportColumn<>("状态", ApplicationListItem::statusLabel),
                        new ExportColumn<>("审查决定日期", ApplicationListItem::decidedOn),
                        new ExportColumn<>("期限届满", ApplicationListItem::nextDueOn),
                        new ExportColumn<>("逾期", r -> r.overdue() ? "是" : "否")),
                Application.class, spec(f, today), Sort.by("receivedOn", "id"), rows -> mapper.rows(rows, today));
    }

    private Specification<Application> spec(ApplicationFilter f, LocalDate today) {
        return Filters.of(Application.class).division(scope, f.divisionCode()).in("status", f.status())
                .eq("category", f.category()).eq("matter", f.matter()).eq("channel", f.channel())
                .eq("handler", Mine.assignee(f.mine(), null)).between("receivedOn", f.from(), f.to())
                .text(f.q(), "applicationNo", "applicantName", "summary")
                .and(DueDates.overdue(f.overdue(), today)).and(dueDates.dueSoon(f.dueSoon(), today)).build();
    }

    @Transactional(readOnly = true)
    public ApplicationView get(UUID id) {
        return detail(applications.require(id));
    }

    /** 受理: UNDER_REVIEW with the 7-day review period of Art 43 (容缺受理 lists what is still missing). */
    public ApplicationView create(CreateRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        LocalDate on = StepDates.of("receivedOn", r.receivedOn(), workflow.today(), null, null);
        boolean detained = Boolean.TRUE.equals(r.detained());
        if (detained && (r.detentionPlace() == null || r.detentionPlace().isBlank())) {
            throw ValidationException.of("detentionPlace", "detention-place-required", "在押人员申请须填写羁押场所");
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        Application.Applicant applicant = applicant(r.applicant(), null, errors);
        errors.throwIfAny();
        List<String> missing = r.missingMaterials() == null ? List.of() : r.missingMaterials().stream().map(String::trim).distinct().toList();
        Application application = new Application(division, nextNo(division, on), CaseService.staff(), applicant,
                r.category(), r.matter(), r.aidForm(), r.specialGroups(), r.channel(), r.economicStatus(), on, r.summary().trim(),
                missing.isEmpty() ? null : String.join("、", missing), Opponent.of(r.opponents()));
        if (detained) {
            application.detainedAt(r.detentionPlace().trim());
        }
        return detail(workflow.create(application, Application::registration));
    }

    /**
     * 修改登记信息 (PUT): If-Match is required (428 without, 412 when stale); only while the application is under review
     * or waiting for papers (409 after). An ID number or phone sent back masked, as a list showed it, keeps the stored
     * value; other stars are refused. A changed receipt date moves the review deadline through the applier. The edit
     * is a history line (and an Envers revision); nothing is written when a field is refused.
     */
    public ApplicationView update(UUID id, String ifMatch, UpdateRequest r) {
        Application a = applications.require(id);
        Etags.requireIfMatch(ifMatch, a.getVersion(), "修改申请须带 If-Match(查看申请时的 ETag)");
        ValidationException.Collector errors = new ValidationException.Collector();
        Application.Applicant applicant = applicant(r.applicant(), a, errors);
        List<String> missing = r.missingMaterials() == null ? List.of() : r.missingMaterials().stream().map(String::trim).distinct().toList();
        Application.Registration edit = new Application.Registration(applicant, r.category(), r.matter(), r.aidForm(), r.specialGroups(), r.channel(), r.economicStatus(), r.receivedOn(),
                r.summary().trim(), missing.isEmpty() ? null : String.join("、", missing), Opponent.of(r.opponents()),
                blankToNull(r.detentionPlace()));
        Transition t = a.edit(edit, workflow.today(), errors);
        if (t != null) {
            workflow.apply(a, t);
            applications.flush();
        }
        return detail(a);
    }

    public ApplicationView forwarded(UUID id, String ifMatch, ForwardedRequest r) {
        return step(id, ifMatch, a -> a.forwarded(dateOrToday(r.forwardedOn()), workflow.today()));
    }

    public ApplicationView requestSupplement(UUID id, String ifMatch, SupplementRequest r) {
        List<String> materials = r.materials().stream().map(String::trim).distinct().toList();
        return step(id, ifMatch, a -> a.requestSupplement(materials, dateOrToday(r.requestedOn()), workflow.today()));
    }

    public ApplicationView materialsSupplied(UUID id, String ifMatch, MaterialsSuppliedRequest r) {
        return step(id, ifMatch, a -> a.materialsSupplied(dateOrToday(r.suppliedOn()), workflow.today()));
    }

    public ApplicationView deemWithdrawn(UUID id, String ifMatch, WithdrawnRequest r) {
        return step(id, ifMatch, a -> a.deemWithdrawn(dateOrToday(r.withdrawnOn()), workflow.today()));
    }

    /** 先行提供 (Art 44): the case opens at once; the review period stays open. */
    public ApplicationView preProvide(UUID id, String ifMatch, PreProvisionRequest r) {
        Application a = applications.require(id);
        LocalDate on = dateOrToday(r.providedOn());
        workflow.step(a, ifMatch, x -> x.preProvide(r.ground(), on, workflow.today()));
        openCase(a, CaseSource.PRE_PROVISION, on);
        applications.flush();
        return detail(a);
    }

    /** 审查决定: a grant opens the case (assignment due in 3 days); a refusal after aid before the decision ends that case. */
    public ApplicationView decide(UUID id, String ifMatch, DecisionRequest r) {
        Application a = applications.require(id);
        LocalDate on = dateOrToday(r.decidedOn());
        workflow.step(a, ifMatch, x -> x.decide(r.granted(), r.reason(), on, workflow.today()));
        if (r.granted() && !a.hasCase()) {
            openCase(a, CaseSource.APPLICATION, on);
        } else if (!r.granted() && a.hasCase()) {
            cases.endAfterRefusal(a.getCaseId(), on);
        }
        applications.flush();
        return detail(a);
    }

    public ApplicationView object(UUID id, String ifMatch, ObjectionRequest r) {
        return step(id, ifMatch, a -> a.object(r.reason().trim(), dateOrToday(r.filedOn()), workflow.today()));
    }

    /** 异议审查决定: 责令改正 grants the aid and opens the case. */
    public ApplicationView decideObjection(UUID id, String ifMatch, ObjectionDecisionRequest r) {
        Application a = applications.require(id);
        LocalDate on = dateOrToday(r.decidedOn());
        workflow.step(a, ifMatch, x -> x.decideObjection(r.result(), r.reason(), on, workflow.today()));
        if (r.result() == ObjectionResult.ORDER_CORRECTION && !a.hasCase()) {
            openCase(a, CaseSource.APPLICATION, on);
        }
        applications.flush();
        return detail(a);
    }

    private void openCase(Application a, CaseSource source, LocalDate on) {
        LegalAidCase c = cases.open(new ClientMatter(a.getDivisionCode(), a.getId(), a.getHandler(), a.getApplicantName(),
                a.getApplicantIdNumber(), a.getApplicantPhone(), a.getCategory(), a.getMatter(), a.getAidForm(),
                a.getSpecialGroups(), a.getOpponents()), source, on);
        a.caseOpened(c.getId());
    }

    private ApplicationView step(UUID id, String ifMatch, Function<Application, Transition> decide) {
        Application a = applications.require(id);
        workflow.step(a, ifMatch, decide);
        applications.flush();
        return detail(a);
    }

    private ApplicationView detail(Application a) {
        return mapper.detail(a, workflow.state(a));
    }

    private String nextNo(String division, LocalDate on) {
        OrganizationRef bureau = organizations.bureauOf(division)
                .orElseThrow(() -> new ConflictException("行政区划 " + division + " 尚未设立司法局,无法编制申请编号"));
        return caseNumbers.next(bureau.id(), SERIES, on.getYear());
    }

    /**
     * The applicant to store: an ID number or phone sent masked keeps {@code stored}'s (core MaskedEdits); on receipt
     * ({@code stored} null) or when the stars do not match, error {@code masked}.
     */
    private static Application.Applicant applicant(ApplicantRequest p, Application stored, ValidationException.Collector errors) {
        String idNumber = MaskedEdits.idNumber(p.idNumber(), stored == null ? null : stored.getApplicantIdNumber(), "applicant.idNumber", errors);
        String phone = MaskedEdits.phone(p.phone(), stored == null ? null : stored.getApplicantPhone(), "applicant.phone", errors);
        return new Application.Applicant(p.name().trim(), idNumber, phone, blankToNull(p.address()), blankToNull(p.agentName()),
                p.agentRelation());
    }

    private LocalDate dateOrToday(LocalDate on) {
        return on == null ? workflow.today() : on;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
