package cn.sifa.enforcement.filing;

import java.time.LocalDate;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.enforcement.workflow.WorkflowView;

@Mapper(componentModel = "spring", imports = WorkflowView.class)
@SuppressWarnings("removal")
interface PenaltyFilingMapper {

    @Mapping(target = "id", source = "f.id")
    @Mapping(target = "status", source = "f.status")
    @Mapping(target = "statusLabel", expression = "java(f.getStatus().label())")
    @Mapping(target = "nextDueOn", source = "nextDueOn")
    @Mapping(target = "deadlines", source = "state.deadlines")
    @Mapping(target = "overdue", source = "state.overdue")
    @Mapping(target = "allowedActions", source = "state.allowedActions")
    @Mapping(target = "history", source = "state.history")
    @Mapping(target = "workflow", expression = "java(WorkflowView.of(state))")
    @Mapping(target = "version", source = "f.version")
    PenaltyFilingView view(PenaltyFiling f, WorkflowState state, LocalDate nextDueOn);
}
