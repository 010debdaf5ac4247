package cn.sifa.enforcement.complaint;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.audit.AuditLog;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.person.PersonalData;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.DueDates;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.enforcement.agency.Agencies;
import cn.sifa.enforcement.agency.Agency;
import cn.sifa.enforcement.complaint.ComplaintRequests.CloseRequest;
import cn.sifa.enforcement.complaint.ComplaintRequests.DocumentRequest;
import cn.sifa.enforcement.complaint.ComplaintRequests.InvestigateRequest;
import cn.sifa.enforcement.complaint.ComplaintRequests.ReceiveRequest;
import cn.sifa.enforcement.complaint.ComplaintRequests.ReportRequest;
import cn.sifa.core.list.Mine;
import cn.sifa.enforcement.workflow.RecordSteps;

/** 执法投诉: receipt, the steps, the list and its export, each in one transaction. */
@Service
@Transactional
public class ComplaintService {

    private static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "status", "status", "nextDueOn", "nextDueOn");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.asc("id"));

    private final Complaints complaints;
    private final Agencies agencies;
    private final RecordSteps steps;
    private final ComplaintMapper mapper;
    private final Listing listing;
    private final DueDates dueDates;
    private final DivisionScope scope;
    private final AuditLog audit;

    /** Roles that see the complainant's full phone in a complaint's detail (the read is audited; core {@link PersonalData}). */
    public static final Set<Role> FULL_PHONE_ROLES = EnumSet.of(Role.ENFORCEMENT_SUPERVISOR, Role.SYSTEM_ADMIN);

    ComplaintService(Complaints complaints, Agencies agencies, RecordSteps steps, ComplaintMapper mapper, Listing listing,
                     DueDates dueDates, DivisionScope scope, AuditLog audit) {
        this.complaints = complaints;
        this.agencies = agencies;
        this.steps = steps;
        this.mapper = mapper;
        this.listing = listing;
        this.dueDates = dueDates;
        this.scope = scope;
        this.audit = audit;
    }

    /** What a complaint list filters on. */
    public record ComplaintFilter(String divisionCode, UUID agencyId, ComplaintStatus status, Boolean mine, String assignee,
                                  LocalDate from, LocalDate to, String q, Boolean overdue, Boolean dueSoon) {
    }

    @Transactional(readOnly = true)
    public ListPage<ComplaintListItem> list(ComplaintFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = steps.today();
        return listing.page(Complaint.class, spec(f, today), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT),
                rows -> mapper.rows(rows, today));
    }

    @Transactional(readOnly = true)
    public void export(ComplaintFilter f, ExportFormat format, HttpServletResponse response) {
        LocalDate today = steps.today();
        listing.export(response, format, "执法投诉", List.<ExportColumn<ComplaintListItem>>of(
                        new ExportColumn<>("受理日期", ComplaintListItem::receivedOn), new ExportColumn<>("投诉人", ComplaintListItem::complainantName),
                        new ExportColumn<>("投诉内容", ComplaintListItem::summary), new ExportColumn<>("状态", ComplaintListItem::statusLabel),
                        new ExportColumn<>("监督文书", r -> r.documentTypeLabel() == null ? "" : r.documentTypeLabel()),
                        new ExportColumn<>("期限届满", ComplaintListItem::nextDueOn),
                        new ExportColumn<>("逾期", r -> r.overdue() ? "是" : "否"),
                        new ExportColumn<>("办结日期", ComplaintListItem::closedOn)),
                Complaint.class, spec(f, today), Sort.by("receivedOn", "id"), rows -> mapper.rows(rows, today));
    }

    private Specification<Complaint> spec(ComplaintFilter f, LocalDate today) {
        return Filters.of(Complaint.class).division(scope, f.divisionCode()).eq("agencyId", f.agencyId()).eq("status", f.status())
                .eq("assignee", Mine.assignee(f.mine(), f.assignee())).between("receivedOn", f.from(), f.to())
                .text(f.q(), "summary", "complainantName")
                .and(DueDates.overdue(f.overdue(), today)).and(dueDates.dueSoon(f.dueSoon(), today)).build();
    }

    @Transactional(readOnly = true)
    public ComplaintView get(UUID id) {
        Complaint c = complaints.require(id);
        boolean full = PersonalData.seesFull(CurrentCaller.get(), FULL_PHONE_ROLES);
        String fullRead = PersonalData.fullReadAction(full, false, c.getComplainantPhone() != null);
        if (fullRead != null) {
            audit.record(fullRead, "enforcement-complaint", id.toString(), c.getDivisionCode(), "查看执法投诉投诉人完整联系电话");
        }
        return detail(c, full);
    }

    public ComplaintView receive(ReceiveRequest r) {
        Agency agency = agencies.require(r.agencyId());
        LocalDate on = StepDates.of("receivedOn", r.receivedOn(), steps.today(), null, null);
        Complaint complaint = steps.create(new Complaint(agency.getDivisionCode(), agency.getId(), r.complainantName().trim(),
                r.complainantPhone(), r.summary().trim(), on), Complaint::registration);
        return detail(complaint);
    }

    public ComplaintView investigate(UUID id, String ifMatch, InvestigateRequest r) {
        String assignee = r.assignee() == null || r.assignee().isBlank() ? CurrentCaller.get().subject() : r.assignee().trim();
        return step(id, ifMatch, c -> c.investigate(assignee, r.startedOn(), steps.today()));
    }

    public ComplaintView issueDocument(UUID id, String ifMatch, DocumentRequest r) {
        return step(id, ifMatch, c -> c.issueDocument(r.documentType(), r.documentNo().trim(), r.finding(), r.issuedOn(), steps.today()));
    }

    public ComplaintView report(UUID id, String ifMatch, ReportRequest r) {
        return step(id, ifMatch, c -> c.report(r.report(), r.reportedOn(), steps.today()));
    }

    public ComplaintView close(UUID id, String ifMatch, CloseRequest r) {
        return step(id, ifMatch, c -> c.close(r.conclusion(), r.closedOn(), steps.today()));
    }

    private ComplaintView step(UUID id, String ifMatch, Function<Complaint, Transition> decide) {
        return detail(steps.step(complaints.require(id), ifMatch, decide));
    }

    private ComplaintView detail(Complaint c) {
        return detail(c, PersonalData.seesFull(CurrentCaller.get(), FULL_PHONE_ROLES));
    }

    /** The detail; the complainant's phone masked unless {@code fullPhone}. */
    private ComplaintView detail(Complaint c, boolean fullPhone) {
        return mapper.detail(c, steps.state(c), fullPhone);
    }
}
