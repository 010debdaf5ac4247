package cn.sifa.review.litigation;

import java.time.LocalDate;
import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.core.workflow.WorkflowStateMapping;

@Mapper(componentModel = "spring")
interface LitigationMapper {

    @WorkflowStateMapping
    @Mapping(target = "status", source = "l.status")
    @Mapping(target = "version", source = "l.version")
    @Mapping(target = "statusLabel", expression = "java(l.getStatus().label())")
    @Mapping(target = "outcomeLabel", expression = "java(l.getOutcome() == null ? null : l.getOutcome().label())")
    @Mapping(target = "lost", expression = "java(l.lost())")
    @Mapping(target = "hearingNoticeWarning", expression = "java(l.hearingNoticeWarning())")
    LitigationView detail(Litigation l, WorkflowState state, List<Accountability> accountability);

    @Mapping(target = "measureLabel", expression = "java(a.getMeasure().label())")
    AccountabilityView accountability(Accountability a);

    @Mapping(target = "statusLabel", expression = "java(l.getStatus().label())")
    @Mapping(target = "overdue", expression = "java(l.isOverdue(today))")
    @Mapping(target = "allowedActions", expression = "java(l.allowedActions())")
    LitigationListItem row(Litigation l, @Context LocalDate today);

    List<LitigationListItem> rows(List<Litigation> rows, @Context LocalDate today);
}
