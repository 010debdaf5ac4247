package cn.sifa.enforcement.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.sifa.core.deadline.DeadlineTarget;
import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.deadline.Deadlines;
import cn.sifa.core.organization.OrganizationRef;
import cn.sifa.core.organization.Organizations;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.workflow.TransitionLog;
import cn.sifa.core.workflow.TransitionView;

/** What every workflow of this service does beside its own state change: history rows and deadlines. */
@Component
public class Workflows {

    private final TransitionLog transitions;
    private final Deadlines deadlines;
    private final Organizations organizations;

    public Workflows(TransitionLog transitions, Deadlines deadlines, Organizations organizations) {
        this.transitions = transitions;
        this.deadlines = deadlines;
        this.organizations = organizations;
    }

    public void transition(String recordType, UUID id, String divisionCode, String action, Enum<?> from, Enum<?> to,
                           LocalDate on, String comment) {
        transitions.record(recordType, id, divisionCode, action, from == null ? null : from.name(), to.name(), on, comment);
    }

    /** Opens a deadline; the caller (a staff member) answers for it, the county bureau's head is told when overdue. */
    public DeadlineView open(String recordType, UUID id, String divisionCode, String label, String rule, LocalDate anchor) {
        String assignee = CurrentCaller.find()
                .filter(p -> p.kind() == cn.sifa.core.security.SifaPrincipal.Kind.STAFF)
                .map(cn.sifa.core.security.SifaPrincipal::subject).orElse(null);
        UUID head = organizations.bureauOf(divisionCode).map(OrganizationRef::id).orElse(null);
        return deadlines.open(new DeadlineTarget(recordType, id, divisionCode, assignee, head, label,
                "/enforcement/" + recordType + "/" + id), rule, anchor);
    }

    public void meet(UUID id, String rule, LocalDate on) {
        deadlines.meet(id, rule, on);
    }

    public void cancelAll(UUID id) {
        deadlines.cancelAll(id);
    }

    public List<DeadlineView> deadlines(UUID id) {
        return deadlines.of(id);
    }

    public boolean overdue(UUID id) {
        return deadlines.isOverdue(id);
    }

    public List<TransitionView> history(UUID id) {
        return transitions.of(id);
    }

    /** The full workflow part of a record's detail view. */
    public WorkflowView view(UUID id, List<String> allowedActions) {
        return new WorkflowView(allowedActions, deadlines.of(id), deadlines.isOverdue(id), transitions.of(id));
    }
}
