package cn.sifa.mediation.dispute;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.sifa.core.person.PersonalData;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.workflow.Workflow;

/** Turns cases into their views through {@link CaseMapper}: the detail, and list rows with masked ID numbers and phones. */
@Component
public class CaseViews {

    /** Roles that see full ID numbers and phones in a case's detail (each such read is audited; core {@link PersonalData}). */
    public static final Set<Role> FULL_ID_ROLES = EnumSet.of(Role.MEDIATION_STAFF, Role.MEDIATOR, Role.SYSTEM_ADMIN);

    private final CaseReadModel readModel;
    private final Workflow workflow;
    private final CaseMapper mapper;

    CaseViews(CaseReadModel readModel, Workflow workflow, CaseMapper mapper) {
        this.readModel = readModel;
        this.workflow = workflow;
        this.mapper = mapper;
    }

    public static boolean seesFullIds(SifaPrincipal caller) {
        return PersonalData.seesFull(caller, FULL_ID_ROLES);
    }

    /**
     * A case's detail in three statements after the case row: its parts (one read-model query), its deadlines and
     * its history ({@link Workflow#state}).
     */
    public CaseView detail(MediationCase c, boolean fullIds) {
        return detail(c, parts(c), fullIds);
    }

    CaseParts parts(MediationCase c) {
        return readModel.of(c.getId());
    }

    CaseView detail(MediationCase c, CaseParts parts, boolean fullIds) {
        return mapper.detail(c, workflow.state(c), parts, fullIds);
    }

    /** List rows of a chunk of cases, mapped by {@link CaseMapper}; their parties load in one batch (fetch batch size). */
    public List<CaseListItem> listItems(List<MediationCase> rows, LocalDate today) {
        return mapper.listItems(rows, today);
    }
}
