package cn.sifa.correction.subject;

import java.util.UUID;

import jakarta.persistence.MappedSuperclass;

import org.hibernate.envers.Audited;

import cn.sifa.core.workflow.WorkflowEntity;

/**
 * A record with steps of its own kept under a subject (leave request, electronic monitoring, change of executing
 * place): in the subject's division, answered for by the subject's assignee and executing agency, and shown on the
 * subject's page (its deadlines link there). A notification names it by kind and date, never by person.
 */
@MappedSuperclass
@Audited
public abstract class SubjectSubRecord extends WorkflowEntity {

    private UUID subjectId;
    private String assignee;
    private UUID executingOrgId;

    protected SubjectSubRecord() {
    }

    protected SubjectSubRecord(Subject subject) {
        super(subject.getDivisionCode());
        this.subjectId = subject.getId();
        this.assignee = subject.getAssignee();
        this.executingOrgId = subject.getExecutingOrgId();
    }

    public UUID getSubjectId() {
        return subjectId;
    }

    @Override
    public String link() {
        return "/correction/subjects/" + subjectId;
    }

    @Override
    public String assignee() {
        return assignee;
    }

    @Override
    public UUID unitOrganizationId() {
        return executingOrgId;
    }
}
