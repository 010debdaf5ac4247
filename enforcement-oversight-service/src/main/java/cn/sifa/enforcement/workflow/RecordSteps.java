package cn.sifa.enforcement.workflow;

import java.time.LocalDate;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.organization.OrganizationRef;
import cn.sifa.core.organization.Organizations;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.core.workflow.WorkflowState;

/**
 * The one step path of every enforcement workflow, inside the feature service's transaction: the record was loaded
 * in the caller's scope (404 otherwise), the aggregate decides and returns its {@link Transition}, the core
 * {@link Workflow} applier writes history and deadlines, and the flush makes a lost race a 409 that leaves nothing
 * written.
 */
@Service
@Transactional
public class RecordSteps {

    private final Workflow workflow;
    private final Organizations organizations;
    @PersistenceContext
    private EntityManager entityManager;

    public RecordSteps(Workflow workflow, Organizations organizations) {
        this.workflow = workflow;
        this.organizations = organizations;
    }

    /** Saves a new record and applies the transition that creates it (its history row and first deadlines). */
    public <T extends EnforcementRecord> T create(T record, Function<? super T, Transition> registration) {
        prepare(record);
        return workflow.create(record, registration);
    }

    /** Checks If-Match (412), lets the record decide and applies the transition; flushes. */
    public <T extends EnforcementRecord> T step(T record, String ifMatch, Function<? super T, Transition> decide) {
        prepare(record);
        workflow.step(record, ifMatch, decide);
        entityManager.flush();
        return record;
    }

    /** Applies a transition the record decided outside a step endpoint (a system event such as a deadline met). */
    public <T extends EnforcementRecord> T apply(T record, Transition transition) {
        prepare(record);
        workflow.apply(record, transition);
        return record;
    }

    @Transactional(readOnly = true)
    public WorkflowState state(EnforcementRecord record) {
        return workflow.state(record);
    }

    /** Today by the core Clock. */
    public LocalDate today() {
        return workflow.today();
    }

    private void prepare(EnforcementRecord record) {
        String staff = CurrentCaller.find().filter(p -> p.kind() == SifaPrincipal.Kind.STAFF).map(SifaPrincipal::subject).orElse(null);
        record.takenBy(staff, organizations.bureauOf(record.getDivisionCode()).map(OrganizationRef::id).orElse(null));
    }
}
