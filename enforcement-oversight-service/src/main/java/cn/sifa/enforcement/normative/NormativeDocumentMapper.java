package cn.sifa.enforcement.normative;

import java.time.LocalDate;
import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.core.workflow.WorkflowStateMapping;
import cn.sifa.enforcement.workflow.WorkflowView;

@Mapper(componentModel = "spring", imports = {WorkflowView.class, WorkflowState.class})
@SuppressWarnings("removal")
interface NormativeDocumentMapper {

    @Mapping(target = "status", source = "d.status")
    @Mapping(target = "statusLabel", expression = "java(d.getStatus().label())")
    @WorkflowStateMapping
    @Mapping(target = "workflow", expression = "java(WorkflowView.of(state))")
    @Mapping(target = "version", source = "d.version")
    NormativeDocumentView detail(NormativeDocument d, WorkflowState state);

    @Mapping(target = "statusLabel", expression = "java(d.getStatus().label())")
    @Mapping(target = "overdue", expression = "java(WorkflowState.row(d, today).overdue())")
    @Mapping(target = "allowedActions", expression = "java(d.allowedActions())")
    @Mapping(target = "workflow", expression = "java(WorkflowView.of(WorkflowState.row(d, today)))")
    NormativeDocumentListItem row(NormativeDocument d, @Context LocalDate today);

    List<NormativeDocumentListItem> rows(List<NormativeDocument> documents, @Context LocalDate today);
}
