package cn.sifa.enforcement.workflow;

import java.util.UUID;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

import cn.sifa.core.workflow.WorkflowEntity;

/**
 * A workflow record of this service. Its deadlines are answered for by its own assignee, else by the staff member
 * who took the step; the county bureau's head is told when one is overdue. Both are filled in by
 * {@link RecordSteps} before a step is applied, as they are not part of the record.
 */
@MappedSuperclass
public abstract class EnforcementRecord extends WorkflowEntity {

    @Transient
    private UUID bureauId;
    @Transient
    private String actingStaff;

    protected EnforcementRecord() {
    }

    protected EnforcementRecord(String divisionCode) {
        super(divisionCode);
    }

    void takenBy(String staff, UUID bureau) {
        this.actingStaff = staff;
        this.bureauId = bureau;
    }

    /** The record's own assignee where it has one; the staff member taking the step otherwise. */
    @Override
    public String assignee() {
        return actingStaff;
    }

    @Override
    public UUID unitOrganizationId() {
        return bureauId;
    }

    @Override
    public String link() {
        return "/enforcement/" + recordType() + "/" + getId();
    }
}
