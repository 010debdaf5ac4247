package cn.sifa.enforcement.legality;

import java.time.LocalDate;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.enforcement.workflow.WorkflowView;

@Mapper(componentModel = "spring", imports = WorkflowView.class)
@SuppressWarnings("removal")
interface LegalityReviewMapper {

    @Mapping(target = "id", source = "r.id")
    @Mapping(target = "status", source = "r.status")
    @Mapping(target = "subjectTypeLabel", expression = "java(r.getSubjectType() == null ? null : r.getSubjectType().label())")
    @Mapping(target = "statusLabel", expression = "java(r.getStatus() == null ? null : r.getStatus().label())")
    @Mapping(target = "nextDueOn", source = "nextDueOn")
    @Mapping(target = "deadlines", source = "state.deadlines")
    @Mapping(target = "overdue", source = "state.overdue")
    @Mapping(target = "allowedActions", source = "state.allowedActions")
    @Mapping(target = "history", source = "state.history")
    @Mapping(target = "workflow", expression = "java(WorkflowView.of(state))")
    @Mapping(target = "version", source = "r.version")
    LegalityReviewView view(LegalityReview r, WorkflowState state, LocalDate nextDueOn);
}
