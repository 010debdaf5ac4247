package cn.sifa.mediation.screening;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.person.CitizenId;
import cn.sifa.core.person.Phone;
import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.core.workflow.WorkflowStateMapping;
import cn.sifa.mediation.dispute.CaseView;

/**
 * Screening → view. The workflow fields ({@code status}, {@code deadlines}, {@code overdue}, {@code allowedActions},
 * {@code history}) come from the core {@code Workflow.state(record)} (a list row: {@code WorkflowState.row}) and sit
 * at the top level, as on a case.
 */
@Mapper(componentModel = "spring")
abstract class ScreeningMapper {

    @Mapping(target = "id", source = "s.id")
    @Mapping(target = "divisionCode", source = "s.divisionCode")
    @Mapping(target = "disputeTypeLabel", expression = "java(s.getDisputeType().label())")
    @Mapping(target = "riskLevelLabel", expression = "java(s.getRiskLevel().label())")
    @Mapping(target = "parties", expression = "java(parties(s.getParties()))")
    @Mapping(target = "status", expression = "java(ScreeningStatus.valueOf(state.status()))")
    @WorkflowStateMapping
    @Mapping(target = "version", source = "s.version")
    abstract ScreeningController.ScreeningView view(Screening s, WorkflowState state);

    List<CaseView.PartyView> parties(List<ScreeningParty> parties) {
        return parties.stream().map(p -> new CaseView.PartyView(p.getRole(), p.getRole().label(), p.getKind(), p.getName(),
                CitizenId.mask(p.getIdNumber()), p.getCreditCode(), Phone.mask(p.getPhone()), null)).toList();
    }
}
