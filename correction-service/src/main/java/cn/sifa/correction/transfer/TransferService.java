package cn.sifa.correction.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.division.DivisionRepository;
import cn.sifa.core.error.ConflictException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.correction.subject.Subject;
import cn.sifa.correction.subject.Subjects;
import cn.sifa.correction.transfer.TransferRequests.ApplyRequest;
import cn.sifa.correction.transfer.TransferRequests.DecisionRequest;
import cn.sifa.correction.transfer.TransferRequests.ReplyRequest;
import cn.sifa.correction.transfer.TransferRequests.StepRequest;

/** 执行地变更: one open change per subject; the report to the new agency takes the subject off this register. */
@Service
@Transactional
public class TransferService {

    private static final List<TransferStatus> OPEN = List.of(TransferStatus.APPLIED, TransferStatus.CONSULTING, TransferStatus.REPLIED,
            TransferStatus.APPROVED, TransferStatus.FILES_SENT);

    private final Transfers transfers;
    private final Subjects subjects;
    private final Workflow workflow;
    private final TransferMapper mapper;
    private final DivisionRepository divisions;

    TransferService(Transfers transfers, Subjects subjects, Workflow workflow, TransferMapper mapper, DivisionRepository divisions) {
        this.transfers = transfers;
        this.subjects = subjects;
        this.workflow = workflow;
        this.mapper = mapper;
        this.divisions = divisions;
    }

    public TransferView apply(UUID subjectId, String ifMatch, ApplyRequest r) {
        LocalDate today = workflow.today();
        LocalDate on = r.appliedOn() == null ? today : r.appliedOn();
        if (!divisions.existsById(r.newDivisionCode())) {
            throw ValidationException.of("newDivisionCode", "unknown-division", "行政区划代码 " + r.newDivisionCode() + " 不存在");
        }
        Subject s = subjects.require(subjectId);
        if (r.newDivisionCode().equals(s.getDivisionCode())) {
            throw ValidationException.of("newDivisionCode", "same-division", "新执行地与现执行地相同");
        }
        workflow.step(s, ifMatch, x -> x.subRecord("transfer", "appliedOn", on, "申请变更执行地至" + r.newAgency().trim(), today));
        Transfer.checkAhead(on, r.plannedMoveOn());
        if (transfers.existsBySubjectIdAndStatusIn(subjectId, OPEN)) {
            throw new ConflictException("该社区矫正对象已有办理中的执行地变更");
        }
        Transfer t = new Transfer(s, r.newDivisionCode(), r.newAgency().trim(), r.newResidence().trim(), r.reason().trim(), on,
                r.plannedMoveOn());
        workflow.create(t, Transfer::registration);
        return mapper.view(t, workflow.state(t));
    }

    @Transactional(readOnly = true)
    public List<TransferView> list(UUID subjectId) {
        subjects.require(subjectId);
        return transfers.findBySubjectIdOrderByAppliedOnDescIdAsc(subjectId).stream().map(t -> mapper.view(t, workflow.state(t))).toList();
    }

    public TransferView consult(UUID subjectId, UUID id, String ifMatch, StepRequest r) {
        return step(subjectId, id, ifMatch, (t, today) -> t.consult(dateOr(r.on(), today), today));
    }

    public TransferView reply(UUID subjectId, UUID id, String ifMatch, ReplyRequest r) {
        return step(subjectId, id, ifMatch, (t, today) -> t.reply(r.agreed(), r.comment(), dateOr(r.on(), today), today));
    }

    public TransferView decide(UUID subjectId, UUID id, String ifMatch, DecisionRequest r) {
        return step(subjectId, id, ifMatch, (t, today) -> t.decide(r.approved(), r.comment(), dateOr(r.on(), today), today));
    }

    public TransferView filesSent(UUID subjectId, UUID id, String ifMatch, StepRequest r) {
        return step(subjectId, id, ifMatch, (t, today) -> t.filesSent(dateOr(r.on(), today), today));
    }

    /** 报到 at the new agency: the change is complete and the subject is TRANSFERRED_OUT here. */
    public TransferView reported(UUID subjectId, UUID id, String ifMatch, StepRequest r) {
        TransferView view = step(subjectId, id, ifMatch, (t, today) -> t.reported(dateOr(r.on(), today), today));
        LocalDate today = workflow.today();
        workflow.step(subjects.require(subjectId), null, s -> s.transferredOut(view.reportedOn(), view.newAgency(), today));
        subjects.flush();
        return view;
    }

    private interface Step {
        Transition decide(Transfer t, LocalDate today);
    }

    private TransferView step(UUID subjectId, UUID id, String ifMatch, Step step) {
        subjects.require(subjectId);
        Transfer t = transfers.require(subjectId, id);
        LocalDate today = workflow.today();
        workflow.step(t, ifMatch, x -> step.decide(x, today));
        transfers.flush();
        return mapper.view(t, workflow.state(t));
    }

    private static LocalDate dateOr(LocalDate given, LocalDate today) {
        return given == null ? today : given;
    }
}
