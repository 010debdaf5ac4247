package cn.sifa.correction.assessment;

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
import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.list.Mine;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.DueDates;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.correction.assessment.InvestigationRequests.CommissionRequest;
import cn.sifa.correction.assessment.InvestigationRequests.ExtensionRequest;
import cn.sifa.correction.assessment.InvestigationRequests.OpinionRequest;
import cn.sifa.correction.subject.Identity;

/** 调查评估: commission, extension, opinion, the list and its export, each in one transaction. */
@Service
@Transactional
public class InvestigationService {

    private static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "status", "status", "nextDueOn", "nextDueOn");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.asc("id"));

    private final Investigations investigations;
    private final Workflow workflow;
    private final InvestigationMapper mapper;
    private final Listing listing;
    private final DueDates dueDates;
    private final DivisionScope scope;
    private final AuditLog audit;
    private final DeadlineCalculator calendar;

    InvestigationService(Investigations investigations, Workflow workflow, InvestigationMapper mapper, Listing listing,
                         DueDates dueDates, DivisionScope scope, AuditLog audit, DeadlineCalculator calendar) {
        this.investigations = investigations;
        this.workflow = workflow;
        this.mapper = mapper;
        this.listing = listing;
        this.dueDates = dueDates;
        this.scope = scope;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** What the assessment list filters on. */
    public record InvestigationFilter(String divisionCode, InvestigationStatus status, AuthorityType authorityType, Boolean mine,
                                      LocalDate from, LocalDate to, String q, Boolean overdue, Boolean dueSoon) {
    }

    public InvestigationView commission(CommissionRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        LocalDate today = workflow.today();
        LocalDate on = StepDates.of("receivedOn", r.receivedOn(), today, null, null);
        SifaPrincipal caller = CurrentCaller.get();
        Investigation i = new Investigation(division, r.commissioningAuthority().trim(), r.authorityType(), r.person().name().trim(),
                r.person().idNumber().trim().toUpperCase(), Boolean.TRUE.equals(r.minor()), r.proposedKind(),
                Boolean.TRUE.equals(r.residenceChange()), Boolean.TRUE.equals(r.expedited()), on,
                caller.kind() == SifaPrincipal.Kind.STAFF ? caller.subject() : null);
        workflow.create(i, Investigation::registration);
        return detail(i);
    }

    public InvestigationView extension(UUID id, String ifMatch, ExtensionRequest r) {
        Investigation i = investigations.require(id);
        LocalDate today = workflow.today();
        LocalDate currentDue = workflow.openDue(i, i.rule());
        workflow.step(i, ifMatch, x -> x.extend(r.workingDays(), r.dueOn(), currentDue, r.agreedBy().trim(), r.reason().trim(),
                r.agreedOn() == null ? today : r.agreedOn(), today, calendar));
        investigations.flush();
        return detail(i);
    }

    public InvestigationView opinion(UUID id, String ifMatch, OpinionRequest r) {
        Investigation i = investigations.require(id);
        LocalDate today = workflow.today();
        workflow.step(i, ifMatch, x -> x.submitOpinion(r.suitable(), r.opinion(),
                r.submittedOn() == null ? today : r.submittedOn(), r.procuratorateCopiedOn(), today));
        investigations.flush();
        return detail(i);
    }

    @Transactional(readOnly = true)
    public InvestigationView get(UUID id) {
        return detail(investigations.require(id));
    }

    /** The detail: identity in full only to those who may see it, and then the read is audited. */
    private InvestigationView detail(Investigation i) {
        boolean full = Identity.seesFull(CurrentCaller.get(), i.getDivisionCode(), i.isMinor());
        if (full) {
            audit.record(Identity.FULL_READ, Investigation.RECORD_TYPE, i.getId().toString(), i.getDivisionCode(), "查看调查评估完整身份信息");
        }
        return mapper.detail(i, workflow.state(i), full);
    }

    @Transactional(readOnly = true)
    public ListPage<InvestigationListItem> list(InvestigationFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = workflow.today();
        return listing.page(Investigation.class, spec(f, today), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT),
                rows -> mapper.rows(rows, today));
    }

    /** Minors never appear in an export, only in counts (statistics). */
    @Transactional(readOnly = true)
    public void export(InvestigationFilter f, ExportFormat format, HttpServletResponse response) {
        LocalDate today = workflow.today();
        Specification<Investigation> adults = spec(f, today).and((root, q, cb) -> cb.isFalse(root.get("minor")));
        listing.export(response, format, "调查评估", List.<ExportColumn<InvestigationListItem>>of(
                        new ExportColumn<>("收到委托日期", InvestigationListItem::receivedOn),
                        new ExportColumn<>("委托机关", InvestigationListItem::commissioningAuthority),
                        new ExportColumn<>("被调查评估人", InvestigationListItem::personName),
                        new ExportColumn<>("身份证号码", InvestigationListItem::idNumber),
                        new ExportColumn<>("拟适用类别", r -> r.proposedKind().label()),
                        new ExportColumn<>("状态", InvestigationListItem::statusLabel),
                        new ExportColumn<>("评估意见", r -> r.suitable() == null ? "" : r.suitable() ? "适宜" : "不适宜"),
                        new ExportColumn<>("期限届满", InvestigationListItem::nextDueOn),
                        new ExportColumn<>("逾期", r -> r.overdue() ? "是" : "否")),
                Investigation.class, adults, Sort.by("receivedOn", "id"), rows -> mapper.rows(rows, today));
    }

    private Specification<Investigation> spec(InvestigationFilter f, LocalDate today) {
        return Filters.of(Investigation.class).division(scope, f.divisionCode()).eq("status", f.status())
                .eq("authorityType", f.authorityType()).eq("assignee", Mine.assignee(f.mine(), null))
                .between("receivedOn", f.from(), f.to()).text(f.q(), "commissioningAuthority")
                .and(DueDates.overdue(f.overdue(), today)).and(dueDates.dueSoon(f.dueSoon(), today)).build();
    }
}
