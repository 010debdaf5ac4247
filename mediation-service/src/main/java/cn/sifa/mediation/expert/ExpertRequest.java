package cn.sifa.mediation.expert;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.WorkflowEntity;
import cn.sifa.mediation.dispute.DisputeType;
import cn.sifa.mediation.mediator.Mediator;

/**
 * "点单式" expert mediation: a case asks the 调解专家库 for a specialty, optionally naming the expert it wants; an
 * expert of the pool with that specialty accepts (and joins the case) or declines.
 */
@Entity
@Table(name = "med_expert_request")
public class ExpertRequest extends WorkflowEntity {

    public static final String RECORD_TYPE = "mediation-expert-request";

    /** OPEN until an expert answers: the table that refuses a step and lists the buttons. */
    static final StateMachine<ExpertRequestStatus> STEPS = new StateMachine<>(ExpertRequestStatus.class)
            .allow(ExpertRequestStatus.OPEN, "accept", ExpertRequestStatus.ACCEPTED)
            .allow(ExpertRequestStatus.OPEN, "decline", ExpertRequestStatus.DECLINED);


    @Column(nullable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisputeType specialty;

    @Column(nullable = false)
    private LocalDate requestedOn;

    private String note;

    /** The expert asked for by name, then the one who answered. */
    private UUID expertId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExpertRequestStatus status = ExpertRequestStatus.OPEN;

    private LocalDate respondedOn;
    private String responseNote;

    protected ExpertRequest() {
    }

    public ExpertRequest(String divisionCode, UUID caseId, DisputeType specialty, LocalDate requestedOn, String note,
                         UUID expertId) {
        super(divisionCode);
        this.caseId = caseId;
        this.specialty = specialty;
        this.requestedOn = requestedOn;
        this.note = note;
        this.expertId = expertId;
    }

    /** The history row of the request itself (点单). */
    public Transition registration() {
        return Transition.of("register", null, status, requestedOn, specialty.label());
    }

    private LocalDate respond(String action, Mediator expert, LocalDate on, LocalDate today) {
        STEPS.check(action, status);
        LocalDate date = on == null ? today : on;
        StepDates.require("respondedOn", date, today, requestedOn, requestedOn);
        if (expertId != null && !expertId.equals(expert.getId())) {
            throw ValidationException.of("expertId", "not-the-requested-expert", "本次点单指定的是其他专家");
        }
        if (!expert.canServeAsExpertFor(specialty)) {
            throw ValidationException.of("expertId", "not-an-expert-for-specialty",
                    expert.getName() + " 不是专家库中擅长" + specialty.label() + "的专家");
        }
        return date;
    }

    public Transition accept(Mediator expert, LocalDate on, LocalDate today, String note) {
        this.respondedOn = respond("accept", expert, on, today);
        this.expertId = expert.getId();
        this.responseNote = note;
        this.status = ExpertRequestStatus.ACCEPTED;
        return Transition.of("accept", ExpertRequestStatus.OPEN, status, respondedOn, expert.getName() + " 接单");
    }

    public Transition decline(Mediator expert, LocalDate on, LocalDate today, String reason) {
        this.respondedOn = respond("decline", expert, on, today);
        this.expertId = expert.getId();
        this.responseNote = reason;
        this.status = ExpertRequestStatus.DECLINED;
        return Transition.of("decline", ExpertRequestStatus.OPEN, status, respondedOn, expert.getName() + " 拒绝"
                + (reason == null ? "" : ":" + reason));
    }

    @Override
    public List<String> allowedActions() {
        return STEPS.actionsFrom(status);
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public ExpertRequestStatus status() {
        return status;
    }

    @Override
    public String reference() {
        return "专家点单 " + requestedOn + " " + specialty.label();
    }

    @Override
    public String link() {
        return "/mediation/cases/" + caseId;
    }

    @Override
    public String assignee() {
        return null;
    }

    @Override
    public UUID unitOrganizationId() {
        return null;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public DisputeType getSpecialty() {
        return specialty;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public String getNote() {
        return note;
    }

    public UUID getExpertId() {
        return expertId;
    }

    public ExpertRequestStatus getStatus() {
        return status;
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }

    public String getResponseNote() {
        return responseNote;
    }
}
