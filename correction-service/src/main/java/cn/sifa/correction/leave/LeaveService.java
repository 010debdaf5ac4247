package cn.sifa.correction.leave;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.list.Mine;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.DueDates;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.correction.leave.LeaveRequests.ApplyRequest;
import cn.sifa.correction.leave.LeaveRequests.ApproveRequest;
import cn.sifa.correction.leave.LeaveRequests.RefuseRequest;
import cn.sifa.correction.leave.LeaveRequests.ReturnRequest;
import cn.sifa.correction.subject.Subject;
import cn.sifa.correction.subject.Subjects;

/** 外出: the request on the subject (its approver level computed), then approval or refusal and the return report. */
@Service
@Transactional
public class LeaveService {

    private final Leaves leaves;
    private final Subjects subjects;
    private final Workflow workflow;
    private final LeaveMapper mapper;
    private final Listing listing;
    private final DueDates dueDates;
    private final DivisionScope scope;

    LeaveService(Leaves leaves, Subjects subjects, Workflow workflow, LeaveMapper mapper, Listing listing, DueDates dueDates,
                 DivisionScope scope) {
        this.leaves = leaves;
        this.subjects = subjects;
        this.workflow = workflow;
        this.mapper = mapper;
        this.listing = listing;
        this.dueDates = dueDates;
        this.scope = scope;
    }

    private static final Map<String, String> SORTABLE = Map.of("from", "leaveFrom", "requestedOn", "requestedOn", "nextDueOn", "nextDueOn");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("requestedOn"), Sort.Order.asc("id"));

    /** What the leave worklist filters on. */
    public record LeaveFilter(String divisionCode, List<LeaveStatus> status, ApproverLevel requiredLevel, Boolean mine, Boolean overdue,
                              Boolean dueSoon) {
    }

    /** The worklist of leave requests across subjects (pending approvals, returns due), in the caller's scope. */
    @Transactional(readOnly = true)
    public ListPage<LeaveListItem> worklist(LeaveFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = workflow.today();
        return listing.page(LeaveRequest.class, Filters.of(LeaveRequest.class).division(scope, f.divisionCode()).in("status", f.status())
                        .eq("requiredLevel", f.requiredLevel()).eq("assignee", Mine.assignee(f.mine(), null))
                        .and(DueDates.overdue(f.overdue(), today)).and(dueDates.dueSoon(f.dueSoon(), today)).build(),
                Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT), rows -> mapper.rows(rows, today));
    }

    public LeaveView request(UUID subjectId, String ifMatch, ApplyRequest r) {
        LocalDate today = workflow.today();
        LeaveKind kind = r.kind() == null ? LeaveKind.SINGLE : r.kind();
        LocalDate on = r.requestedOn() == null ? today : r.requestedOn();
        ValidationException.Collector errors = new ValidationException.Collector();
        LeaveRequest.check(errors, kind, r.from(), r.to());
        errors.throwIfAny();
        Subject s = subjects.require(subjectId);
        workflow.step(s, ifMatch, x -> x.subRecord("leave-requests", "requestedOn", on,
                kind.label() + "申请:" + r.destination().trim() + "," + r.from() + "至" + r.to(), today));
        int earlier = (int) leaves.approvedDays(subjectId, r.from().minusMonths(ApproverLevel.WINDOW_MONTHS), r.from());
        LeaveRequest leave = new LeaveRequest(s, kind, r.destination().trim(), r.reason().trim(), r.from(), r.to(), on, earlier);
        workflow.create(leave, LeaveRequest::registration);
        return mapper.view(leave, workflow.state(leave));
    }

    @Transactional(readOnly = true)
    public List<LeaveView> list(UUID subjectId) {
        subjects.require(subjectId);
        return leaves.findBySubjectIdOrderByLeaveFromDescIdAsc(subjectId).stream().map(l -> mapper.view(l, workflow.state(l))).toList();
    }

    @Transactional(readOnly = true)
    public LeaveView get(UUID subjectId, UUID id) {
        LeaveRequest l = leaves.require(subjectId, id);
        return mapper.view(l, workflow.state(l));
    }

    public LeaveView approve(UUID subjectId, UUID id, String ifMatch, ApproveRequest r) {
        return step(subjectId, id, ifMatch, (l, today) -> l.approve(r.approver().trim(), r.approverLevel(), r.comment(),
                r.decidedOn() == null ? today : r.decidedOn(), today));
    }

    public LeaveView refuse(UUID subjectId, UUID id, String ifMatch, RefuseRequest r) {
        return step(subjectId, id, ifMatch, (l, today) -> l.refuse(r.approver().trim(), r.comment().trim(),
                r.decidedOn() == null ? today : r.decidedOn(), today));
    }

    public LeaveView returned(UUID subjectId, UUID id, String ifMatch, ReturnRequest r) {
        return step(subjectId, id, ifMatch, (l, today) -> l.returned(r.returnedOn() == null ? today : r.returnedOn(), r.note(), today));
    }

    private interface Step {
        cn.sifa.core.workflow.Transition decide(LeaveRequest l, LocalDate today);
    }

    private LeaveView step(UUID subjectId, UUID id, String ifMatch, Step step) {
        LeaveRequest l = leaves.require(subjectId, id);
        LocalDate today = workflow.today();
        workflow.step(l, ifMatch, x -> step.decide(x, today));
        leaves.flush();
        return mapper.view(l, workflow.state(l));
    }
}
