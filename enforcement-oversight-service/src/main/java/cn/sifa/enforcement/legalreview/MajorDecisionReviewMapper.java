package cn.sifa.enforcement.legalreview;

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
interface MajorDecisionReviewMapper {

    @Mapping(target = "status", source = "r.status")
    @Mapping(target = "statusLabel", expression = "java(r.getStatus().label())")
    @WorkflowStateMapping
    @Mapping(target = "workflow", expression = "java(WorkflowView.of(state))")
    @Mapping(target = "version", source = "r.version")
    MajorDecisionReviewView detail(MajorDecisionReview r, WorkflowState state);

    @Mapping(target = "reasonLabel", expression = "java(r.getReason().label())")
    @Mapping(target = "statusLabel", expression = "java(r.getStatus().label())")
    @Mapping(target = "overdue", expression = "java(WorkflowState.row(r, today).overdue())")
    @Mapping(target = "allowedActions", expression = "java(r.allowedActions())")
    @Mapping(target = "workflow", expression = "java(WorkflowView.of(WorkflowState.row(r, today)))")
    MajorDecisionReviewListItem row(MajorDecisionReview r, @Context LocalDate today);

    List<MajorDecisionReviewListItem> rows(List<MajorDecisionReview> reviews, @Context LocalDate today);
}
