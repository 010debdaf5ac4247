package cn.sifa.core.workflow;

import java.util.List;
import java.util.UUID;

/**
 * A record with a workflow, as the core {@link Workflow} applier needs to see it: whose deadlines and history it
 * writes, who answers for them, and what the current state allows. Aggregates implement it by extending
 * {@link WorkflowEntity}.
 */
public interface WorkflowRecord {

    UUID getId();

    String getDivisionCode();

    long getVersion();

    /** Record type of history and deadline rows, e.g. {@code mediation-case}, {@code enforcement-complaint}. */
    String recordType();

    /** The current state. */
    Enum<?> status();

    /** The steps the current state allows (the same table that refuses an illegal step). */
    List<String> allowedActions();

    /** How a person names the record in a notification: its case number, or a short label. */
    String reference();

    /** Portal path of the record's page, e.g. {@code /mediation/cases/<id>}. */
    String link();

    /** Login of the staff member who answers for the record's deadlines; null for none. */
    String assignee();

    /** Organization whose head is told when a deadline is overdue; null for none. */
    UUID unitOrganizationId();
}
