package cn.sifa.mediation.expert;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.core.workflow.WorkflowStateMapping;

/**
 * Expert request → view. The workflow fields ({@code status}, {@code deadlines}, {@code overdue},
 * {@code allowedActions}, {@code history}) come from the core {@code Workflow.state(record)} (a list row:
 * {@code WorkflowState.row}) and sit at the top level, as on a case.
 */
@Mapper(componentModel = "spring")
abstract class ExpertRequestMapper {

    @Mapping(target = "id", source = "e.id")
    @Mapping(target = "divisionCode", source = "e.divisionCode")
    @Mapping(target = "specialtyLabel", expression = "java(e.getSpecialty().label())")
    @Mapping(target = "status", expression = "java(ExpertRequestStatus.valueOf(state.status()))")
    @Mapping(target = "statusLabel", expression = "java(ExpertRequestStatus.valueOf(state.status()).label())")
    @WorkflowStateMapping
    @Mapping(target = "version", source = "e.version")
    abstract ExpertRequestController.ExpertRequestView view(ExpertRequest e, WorkflowState state);
}
