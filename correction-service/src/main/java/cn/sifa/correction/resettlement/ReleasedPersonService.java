package cn.sifa.correction.resettlement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.audit.AuditLog;
import cn.sifa.core.error.ConflictException;
import cn.sifa.core.error.InvalidTransitionException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.list.Mine;
import cn.sifa.core.person.CitizenId;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.DueDates;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.correction.resettlement.ReleasedRequests.EndRequest;
import cn.sifa.correction.resettlement.ReleasedRequests.HandoverRequest;
import cn.sifa.correction.resettlement.ReleasedRequests.NoticeRequest;
import cn.sifa.correction.resettlement.ReleasedRequests.PickUpRequest;
import cn.sifa.correction.resettlement.ReleasedRequests.TeamRequest;
import cn.sifa.correction.resettlement.ReleasedRequests.VerificationRequest;
import cn.sifa.correction.subject.Identity;
import cn.sifa.correction.subject.Subject;
import cn.sifa.correction.subject.SubjectStatus;
import cn.sifa.correction.subject.Subjects;

/** 安置帮教: release notices and handovers from correction, the steps, the list and its export (no minors). */
@Service
@Transactional
public class ReleasedPersonService {

    private static final Map<String, String> SORTABLE = Map.of("releaseOn", "releaseOn", "status", "status", "nextDueOn", "nextDueOn");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("releaseOn"), Sort.Order.asc("id"));

    private final ReleasedPersons persons;
    private final Subjects subjects;
    private final Workflow workflow;
    private final ReleasedPersonMapper mapper;
    private final Listing listing;
    private final DueDates dueDates;
    private final DivisionScope scope;
    private final AuditLog audit;

    ReleasedPersonService(ReleasedPersons persons, Subjects subjects, Workflow workflow, ReleasedPersonMapper mapper, Listing listing,
                          DueDates dueDates, DivisionScope scope, AuditLog audit) {
        this.persons = persons;
        this.subjects = subjects;
        this.workflow = workflow;
        this.mapper = mapper;
        this.listing = listing;
        this.dueDates = dueDates;
        this.scope = scope;
        this.audit = audit;
    }

    /** What the list filters on. */
    public record ReleasedFilter(String divisionCode, List<ReleasedStatus> status, Boolean keyPerson, Boolean verified, Boolean mine,
                                 LocalDate from, LocalDate to, String q, Boolean overdue, Boolean dueSoon) {
    }

    public ReleasedPersonView notice(NoticeRequest r) {
        LocalDate today = workflow.today();
        LocalDate received = r.noticeReceivedOn() == null ? today : r.noticeReceivedOn();
        StepDates.require("noticeReceivedOn", received, today, null, null);
        String idNumber = r.person().idNumber().trim().toUpperCase();
        boolean minor = r.minor() != null ? r.minor() : CitizenId.parse(idNumber).ageOn(r.releaseOn()) < 18;
        ReleasedPerson p = ReleasedPerson.fromPrison(scope.divisionForCreate(r.divisionCode()), r.person().name().trim(), idNumber,
                r.person().phone(), minor, r.prison().trim(), r.crime(), r.releaseOn(), received, Boolean.TRUE.equals(r.keyPerson()),
                staffLogin());
        workflow.create(p, ReleasedPerson::registration);
        return detail(p);
    }

    /** A subject discharged from correction enters 安置帮教 (once). */
    public ReleasedPersonView handover(UUID subjectId, HandoverRequest r) {
        LocalDate today = workflow.today();
        Subject s = subjects.require(subjectId);
        if (s.getStatus() != SubjectStatus.DISCHARGED) {
            throw new InvalidTransitionException("resettlement-handover", s.getStatus().name(), s.allowedActions());
        }
        if (persons.existsBySourceSubjectId(subjectId)) {
            throw new ConflictException("该社区矫正对象已衔接安置帮教");
        }
        LocalDate on = r.handedOverOn() == null ? today : r.handedOverOn();
        StepDates.require("handedOverOn", on, today, s.getEndedOn(), null);
        ReleasedPerson p = ReleasedPerson.fromCorrection(s.getDivisionCode(), s.getPersonName(), s.getIdNumber(), s.getPhone(), s.isMinor(),
                s.getCrime(), s.getEndedOn(), on, Boolean.TRUE.equals(r.keyPerson()), s.getId(), s.getExecutingOrgId(), s.getAssignee());
        workflow.create(p, ReleasedPerson::registration);
        return detail(p);
    }

    private static String staffLogin() {
        SifaPrincipal caller = CurrentCaller.get();
        return caller.kind() == SifaPrincipal.Kind.STAFF ? caller.subject() : null;
    }

    @Transactional(readOnly = true)
    public ReleasedPersonView get(UUID id) {
        return detail(persons.require(id));
    }

    public ReleasedPersonView pickUp(UUID id, String ifMatch, PickUpRequest r) {
        return step(id, ifMatch, (p, today) -> p.pickUp(r.pickedUpBy().trim(), dateOr(r.pickedUpOn(), today), today));
    }

    public ReleasedPersonView team(UUID id, String ifMatch, TeamRequest r) {
        return step(id, ifMatch, (p, today) -> p.team(r.members().trim(), dateOr(r.setUpOn(), today), today));
    }

    public ReleasedPersonView verify(UUID id, String ifMatch, VerificationRequest r) {
        return step(id, ifMatch, (p, today) -> p.verify(r.note(), dateOr(r.verifiedOn(), today), today));
    }

    public ReleasedPersonView end(UUID id, String ifMatch, EndRequest r) {
        return step(id, ifMatch, (p, today) -> p.end(r.outcome(), r.note(), dateOr(r.endedOn(), today), today));
    }

    private interface Step {
        Transition decide(ReleasedPerson p, LocalDate today);
    }

    private ReleasedPersonView step(UUID id, String ifMatch, Step step) {
        ReleasedPerson p = persons.require(id);
        LocalDate today = workflow.today();
        workflow.step(p, ifMatch, x -> step.decide(x, today));
        persons.flush();
        return detail(p);
    }

    private static LocalDate dateOr(LocalDate given, LocalDate today) {
        return given == null ? today : given;
    }

    /** Identity in full only to those who may see it; each such read is audited as a full read. */
    private ReleasedPersonView detail(ReleasedPerson p) {
        boolean full = Identity.seesFull(CurrentCaller.get(), p.getDivisionCode(), p.isMinor());
        if (full) {
            audit.record(Identity.FULL_READ, ReleasedPerson.RECORD_TYPE, p.getId().toString(), p.getDivisionCode(), "查看刑满释放人员完整档案");
        }
        return mapper.detail(p, workflow.state(p), full);
    }

    @Transactional(readOnly = true)
    public ListPage<ReleasedPersonListItem> list(ReleasedFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = workflow.today();
        return listing.page(ReleasedPerson.class, spec(f, today), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT),
                rows -> mapper.rows(rows, today));
    }

    /** Minors never appear in an export. */
    @Transactional(readOnly = true)
    public void export(ReleasedFilter f, ExportFormat format, HttpServletResponse response) {
        LocalDate today = workflow.today();
        Specification<ReleasedPerson> adults = spec(f, today).and((root, q, cb) -> cb.isFalse(root.get("minor")));
        listing.export(response, format, "刑满释放人员", List.<ExportColumn<ReleasedPersonListItem>>of(
                        new ExportColumn<>("姓名", ReleasedPersonListItem::personName),
                        new ExportColumn<>("身份证号码", ReleasedPersonListItem::idNumber),
                        new ExportColumn<>("来源", r -> r.origin().label()),
                        new ExportColumn<>("监狱", ReleasedPersonListItem::prison),
                        new ExportColumn<>("释放日期", ReleasedPersonListItem::releaseOn),
                        new ExportColumn<>("重点帮教对象", r -> r.keyPerson() ? "是" : "否"),
                        new ExportColumn<>("已核实", r -> r.verified() ? "是" : "否"),
                        new ExportColumn<>("状态", ReleasedPersonListItem::statusLabel),
                        new ExportColumn<>("期限届满", ReleasedPersonListItem::nextDueOn)),
                ReleasedPerson.class, adults, Sort.by("releaseOn", "id"), rows -> mapper.rows(rows, today));
    }

    private Specification<ReleasedPerson> spec(ReleasedFilter f, LocalDate today) {
        return Filters.of(ReleasedPerson.class).division(scope, f.divisionCode()).in("status", f.status()).eq("keyPerson", f.keyPerson())
                .eq("verified", f.verified()).eq("assignee", Mine.assignee(f.mine(), null))
                .between("releaseOn", f.from(), f.to()).text(f.q(), "prison", "crime")
                .and(DueDates.overdue(f.overdue(), today)).and(dueDates.dueSoon(f.dueSoon(), today)).build();
    }
}
