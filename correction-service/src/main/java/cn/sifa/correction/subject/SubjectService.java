package cn.sifa.correction.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.audit.AuditLog;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.list.Mine;
import cn.sifa.core.organization.OrganizationRef;
import cn.sifa.core.organization.OrganizationType;
import cn.sifa.core.organization.Organizations;
import cn.sifa.core.person.CitizenId;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.DueDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.correction.subject.SubjectRequests.CheckInRequest;
import cn.sifa.correction.subject.SubjectRequests.DischargePreparationRequest;
import cn.sifa.correction.subject.SubjectRequests.EndRequest;
import cn.sifa.correction.subject.SubjectRequests.FoundRequest;
import cn.sifa.correction.subject.SubjectRequests.IntakeRequest;
import cn.sifa.correction.subject.SubjectRequests.LevelRequest;
import cn.sifa.correction.subject.SubjectRequests.LostContactRequest;
import cn.sifa.correction.subject.SubjectRequests.MeasureRequest;
import cn.sifa.correction.subject.SubjectRequests.PlanRequest;
import cn.sifa.correction.subject.SubjectRequests.RejectionRequest;
import cn.sifa.correction.subject.SubjectRequests.ReportInRequest;
import cn.sifa.correction.subject.SubjectRequests.TeamRequest;

/** 社区矫正对象: intake, every step, the list and its export, each in one transaction. */
@Service
@Transactional
public class SubjectService {

    private static final Map<String, String> SORTABLE = Map.of("judgmentEffectiveOn", "judgmentEffectiveOn", "termEnd", "termEnd",
            "status", "status", "nextDueOn", "nextDueOn");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("judgmentEffectiveOn"), Sort.Order.asc("id"));
    private static final Map<String, String> CHECK_IN_SORTABLE = Map.of("checkedInOn", "checkedInOn", "type", "type");
    private static final Sort CHECK_IN_SORT = Sort.by(Sort.Order.desc("checkedInOn"), Sort.Order.desc("createdAt"), Sort.Order.asc("id"));
    private static final Set<OrganizationType> EXECUTING = Set.of(OrganizationType.CORRECTION_AGENCY, OrganizationType.JUSTICE_OFFICE);

    private final Subjects subjects;
    private final Measures measures;
    private final CheckIns checkIns;
    private final Workflow workflow;
    private final SubjectMapper mapper;
    private final Listing listing;
    private final DueDates dueDates;
    private final DivisionScope scope;
    private final Organizations organizations;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    SubjectService(Subjects subjects, Measures measures, CheckIns checkIns, Workflow workflow, SubjectMapper mapper, Listing listing, DueDates dueDates,
                   DivisionScope scope, Organizations organizations, AuditLog audit, JdbcTemplate jdbc) {
        this.subjects = subjects;
        this.measures = measures;
        this.checkIns = checkIns;
        this.workflow = workflow;
        this.mapper = mapper;
        this.listing = listing;
        this.dueDates = dueDates;
        this.scope = scope;
        this.organizations = organizations;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** What the subject list filters on. */
    public record SubjectFilter(String divisionCode, List<SubjectStatus> status, SubjectKind kind, SupervisionLevel level,
                                Boolean mine, LocalDate from, LocalDate to, String q, Boolean overdue, Boolean dueSoon) {
    }

    public SubjectView intake(IntakeRequest r) {
        LocalDate today = workflow.today();
        ValidationException.Collector errors = new ValidationException.Collector();
        Subject.checkIntake(errors, r.kind(), r.tempOutsideReason(), r.judgmentEffectiveOn(), r.termStart(), r.termEnd(), today);
        OrganizationRef org = executingOrganization(r.executingOrgId(), errors);
        errors.throwIfAny();
        String idNumber = r.person().idNumber().trim().toUpperCase();
        boolean minor = r.minor() != null ? r.minor() : CitizenId.parse(idNumber).ageOn(r.judgmentEffectiveOn()) < 18;
        SifaPrincipal caller = CurrentCaller.get();
        Subject s = new Subject(scope.divisionForCreate(org.divisionCode()), r.person().name().trim(), idNumber, r.person().phone(),
                r.gender(), minor, r.kind(), r.tempOutsideReason(), r.decidingAuthority().trim(), r.judgmentEffectiveOn(), r.termStart(),
                r.termEnd(), r.crime().trim(), org.id(), caller.kind() == SifaPrincipal.Kind.STAFF ? caller.subject() : null);
        workflow.create(s, Subject::registration);
        return detail(s);
    }

    /** The named 社区矫正机构 or entrusted 司法所 (in scope), else the correction agency of the caller's division. */
    private OrganizationRef executingOrganization(UUID id, ValidationException.Collector errors) {
        if (id != null) {
            OrganizationRef org = organizations.find(id).filter(o -> EXECUTING.contains(o.type())).orElse(null);
            if (org == null) {
                errors.add("executingOrgId", "unknown-organization", "执行机构不存在、不在管辖范围内或不是社区矫正机构/司法所");
            }
            return org;
        }
        String division = CurrentCaller.get().divisionCode();
        List<UUID> agencies = jdbc.queryForList("select id from core_organization where division_code = ? and type = ? and active "
                + "order by name limit 1", UUID.class, division, OrganizationType.CORRECTION_AGENCY.name());
        OrganizationRef org = agencies.isEmpty() ? null : organizations.find(agencies.get(0)).orElse(null);
        if (org == null) {
            errors.add("executingOrgId", "required", "本行政区划没有社区矫正机构,请指定执行机构");
        }
        return org;
    }

    @Transactional(readOnly = true)
    public SubjectView get(UUID id) {
        return detail(subjects.require(id));
    }

    public SubjectView reportIn(UUID id, String ifMatch, ReportInRequest r) {
        return step(id, ifMatch, (s, today) -> s.reportIn(dateOr(r.reportedOn(), today), r.announcedOn(), today));
    }

    public SubjectView team(UUID id, String ifMatch, TeamRequest r) {
        return step(id, ifMatch, (s, today) -> s.team(r.members().trim(), r.includesWoman(), dateOr(r.setUpOn(), today), today));
    }

    public SubjectView plan(UUID id, String ifMatch, PlanRequest r) {
        return step(id, ifMatch, (s, today) -> s.plan(r.plan().trim(), dateOr(r.setOn(), today), today));
    }

    public SubjectView supervisionLevel(UUID id, String ifMatch, LevelRequest r) {
        return step(id, ifMatch, (s, today) -> s.supervisionLevel(r.level(), dateOr(r.setOn(), today), today));
    }

    public SubjectView checkIn(UUID id, String ifMatch, CheckInRequest r) {
        return step(id, ifMatch, (s, today) -> {
            CheckInType type = r.type() == null ? CheckInType.REGULAR : r.type();
            LocalDate on = dateOr(r.checkedInOn(), today);
            String note = r.note() == null || r.note().isBlank() ? null : r.note().trim();
            Transition t = s.checkIn(type, note, on, today);
            checkIns.save(new CheckIn(s, type, on, note));
            return t;
        });
    }

    /** A subject's reports (报告), newest first, paged; 404 for a subject out of the caller's scope. */
    @Transactional(readOnly = true)
    public ListPage<CheckInView> checkIns(UUID id, CheckInType type, LocalDate from, LocalDate to, Integer page, Integer size,
                                          List<String> sort) {
        subjects.require(id);
        Specification<CheckIn> spec = Filters.of(CheckIn.class).division(scope, null).eq("subjectId", id).eq("type", type)
                .between("checkedInOn", from, to).build();
        return listing.page(CheckIn.class, spec, Paging.of(page, size, sort, CHECK_IN_SORTABLE, CHECK_IN_SORT), mapper::checkIns);
    }

    public SubjectView measure(UUID id, String ifMatch, MeasureRequest r) {
        return step(id, ifMatch, (s, today) -> {
            LocalDate on = dateOr(r.decidedOn(), today);
            Transition t = s.measure(r.measure(), r.facts().trim(), on, today);
            measures.save(new Measure(s, r.measure(), r.facts().trim(), r.evidence(), on));
            return t;
        });
    }

    public SubjectView revocationRejected(UUID id, String ifMatch, RejectionRequest r) {
        return step(id, ifMatch, (s, today) -> s.revocationRejected(dateOr(r.decidedOn(), today), r.reason().trim(), today));
    }

    public SubjectView lostContact(UUID id, String ifMatch, LostContactRequest r) {
        return step(id, ifMatch, (s, today) -> s.lostContact(r.since(), r.search().trim(), today));
    }

    public SubjectView found(UUID id, String ifMatch, FoundRequest r) {
        return step(id, ifMatch, (s, today) -> s.found(dateOr(r.foundOn(), today), r.finding().trim(), today));
    }

    public SubjectView prepareDischarge(UUID id, String ifMatch, DischargePreparationRequest r) {
        return step(id, ifMatch, (s, today) -> s.prepareDischarge(r.selfSummary().trim(), r.appraisal().trim(),
                dateOr(r.preparedOn(), today), today));
    }

    public SubjectView end(UUID id, String ifMatch, EndRequest r) {
        return step(id, ifMatch, (s, today) -> s.end(r.type(), r.terminationGround(), dateOr(r.endedOn(), today), today));
    }

    private interface Step {
        Transition decide(Subject s, LocalDate today);
    }

    private SubjectView step(UUID id, String ifMatch, Step step) {
        Subject s = subjects.require(id);
        LocalDate today = workflow.today();
        Function<Subject, Transition> decide = x -> step.decide(x, today);
        workflow.step(s, ifMatch, decide);
        subjects.flush();
        return detail(s);
    }

    private static LocalDate dateOr(LocalDate given, LocalDate today) {
        return given == null ? today : given;
    }

    /** The file: identity in full only to those who may see it, and each such read is audited (who, when, which record). */
    private SubjectView detail(Subject s) {
        boolean full = Identity.seesFull(CurrentCaller.get(), s.getDivisionCode(), s.isMinor());
        if (full) {
            audit.record(Identity.FULL_READ, Subject.RECORD_TYPE, s.getId().toString(), s.getDivisionCode(), "查看社区矫正对象完整档案");
        }
        List<Measure> taken = measures.findBySubjectIdOrderByDecidedOnAscCreatedAtAsc(s.getId());
        return mapper.detail(s, workflow.state(s), full, taken, Suggestion.of(s, taken, workflow.today()));
    }

    @Transactional(readOnly = true)
    public ListPage<SubjectListItem> list(SubjectFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = workflow.today();
        return listing.page(Subject.class, spec(f, today), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT),
                rows -> mapper.rows(rows, today));
    }

    /** Minors never appear in an export, only in counts (statistics). */
    @Transactional(readOnly = true)
    public void export(SubjectFilter f, ExportFormat format, HttpServletResponse response) {
        LocalDate today = workflow.today();
        Specification<Subject> adults = spec(f, today).and((root, q, cb) -> cb.isFalse(root.get("minor")));
        listing.export(response, format, "社区矫正对象", List.<ExportColumn<SubjectListItem>>of(
                        new ExportColumn<>("姓名", SubjectListItem::personName),
                        new ExportColumn<>("身份证号码", SubjectListItem::idNumber),
                        new ExportColumn<>("矫正类别", SubjectListItem::kindLabel),
                        new ExportColumn<>("罪名", SubjectListItem::crime),
                        new ExportColumn<>("生效日期", SubjectListItem::judgmentEffectiveOn),
                        new ExportColumn<>("矫正期满", SubjectListItem::termEnd),
                        new ExportColumn<>("管理等级", r -> r.supervisionLevel() == null ? "" : r.supervisionLevel().label()),
                        new ExportColumn<>("状态", SubjectListItem::statusLabel),
                        new ExportColumn<>("期限届满", SubjectListItem::nextDueOn),
                        new ExportColumn<>("逾期", r -> r.overdue() ? "是" : "否")),
                Subject.class, adults, Sort.by("judgmentEffectiveOn", "id"), rows -> mapper.rows(rows, today));
    }

    private Specification<Subject> spec(SubjectFilter f, LocalDate today) {
        return Filters.of(Subject.class).division(scope, f.divisionCode()).in("status", f.status()).eq("kind", f.kind())
                .eq("supervisionLevel", f.level()).eq("assignee", Mine.assignee(f.mine(), null))
                .between("judgmentEffectiveOn", f.from(), f.to()).text(f.q(), "crime", "decidingAuthority")
                .and(DueDates.overdue(f.overdue(), today)).and(dueDates.dueSoon(f.dueSoon(), today)).build();
    }
}
