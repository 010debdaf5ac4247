package cn.sifa.correction.leave;

import java.time.LocalDate;
import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.core.workflow.WorkflowStateMapping;

@Mapper(componentModel = "spring")
interface LeaveMapper {

    @WorkflowStateMapping
    @Mapping(target = "status", source = "l.status")
    @Mapping(target = "version", source = "l.version")
    @Mapping(target = "from", source = "l.leaveFrom")
    @Mapping(target = "to", source = "l.leaveTo")
    @Mapping(target = "kindLabel", expression = "java(l.getKind().label())")
    @Mapping(target = "requiredLevelLabel", expression = "java(l.getRequiredLevel().label())")
    @Mapping(target = "statusLabel", expression = "java(l.getStatus().label())")
    LeaveView view(LeaveRequest l, WorkflowState state);

    @Mapping(target = "from", source = "leaveFrom")
    @Mapping(target = "to", source = "leaveTo")
    @Mapping(target = "requiredLevelLabel", expression = "java(l.getRequiredLevel().label())")
    @Mapping(target = "statusLabel", expression = "java(l.getStatus().label())")
    @Mapping(target = "overdue", expression = "java(l.isOverdue(today))")
    LeaveListItem row(LeaveRequest l, @Context LocalDate today);

    List<LeaveListItem> rows(List<LeaveRequest> rows, @Context LocalDate today);
}
