package cn.sifa.enforcement.inspection;

import java.time.LocalDate;
import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.enforcement.workflow.WorkflowView;

@Mapper(componentModel = "spring", imports = WorkflowView.class)
@SuppressWarnings("removal")
interface InspectionMapper {

    /** The detail (state from {@code Workflow.state}) or a list row (state from {@code WorkflowState.row}). */
    @Mapping(target = "id", source = "i.id")
    @Mapping(target = "divisionCode", source = "i.divisionCode")
    @Mapping(target = "joint", expression = "java(i.isJoint())")
    @Mapping(target = "yearlyCap", source = "cap")
    @Mapping(target = "capWarning", expression = "java(InspectionView.capWarning(i, cap))")
    @Mapping(target = "requiredApproval", expression = "java(i.requiredApproval())")
    @Mapping(target = "status", source = "i.status")
    @Mapping(target = "statusLabel", expression = "java(i.getStatus().label())")
    @Mapping(target = "nextDueOn", expression = "java(state.deadlines().isEmpty() ? i.getNextDueOn() : state.nextDueOn())")
    @Mapping(target = "deadlines", source = "state.deadlines")
    @Mapping(target = "overdue", source = "state.overdue")
    @Mapping(target = "allowedActions", source = "state.allowedActions")
    @Mapping(target = "history", source = "state.history")
    @Mapping(target = "workflow", expression = "java(WorkflowView.of(state))")
    @Mapping(target = "version", source = "i.version")
    InspectionView view(Inspection i, int cap, WorkflowState state);

    default List<InspectionView> rows(List<Inspection> inspections, @Context int cap, @Context LocalDate today) {
        return inspections.stream().map(i -> view(i, cap, WorkflowState.row(i, today))).toList();
    }
}
