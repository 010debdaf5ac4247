package cn.sifa.correction.transfer;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.core.workflow.WorkflowStateMapping;

@Mapper(componentModel = "spring")
interface TransferMapper {

    @WorkflowStateMapping
    @Mapping(target = "status", source = "t.status")
    @Mapping(target = "version", source = "t.version")
    @Mapping(target = "statusLabel", expression = "java(t.getStatus().label())")
    TransferView view(Transfer t, WorkflowState state);
}
