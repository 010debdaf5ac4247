package cn.sifa.review.reconsideration;

import java.time.LocalDate;
import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.deadline.DeadlineStatus;
import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.core.workflow.WorkflowStateMapping;

@Mapper(componentModel = "spring")
interface ReconsiderationMapper {

    @WorkflowStateMapping
    @Mapping(target = "status", source = "r.status")
    @Mapping(target = "version", source = "r.version")
    @Mapping(target = "actCategoryLabel", expression = "java(r.getActCategory().label())")
    @Mapping(target = "channelLabel", expression = "java(r.getChannel().label())")
    @Mapping(target = "statusLabel", expression = "java(r.getStatus().label())")
    @Mapping(target = "outcomeLabel", expression = "java(r.getOutcome() == null ? null : r.getOutcome().label())")
    @Mapping(target = "deemedAccepted", expression = "java(deemedAccepted(r, state))")
    ReconsiderationView detail(Reconsideration r, WorkflowState state);

    @Mapping(target = "actCategoryLabel", expression = "java(r.getActCategory().label())")
    @Mapping(target = "statusLabel", expression = "java(r.getStatus().label())")
    @Mapping(target = "outcomeLabel", expression = "java(r.getOutcome() == null ? null : r.getOutcome().label())")
    @Mapping(target = "deemedAccepted", expression = "java(r.deemedAccepted(r.getNextDueOn(), today))")
    @Mapping(target = "overdue", expression = "java(r.isOverdue(today))")
    @Mapping(target = "allowedActions", expression = "java(r.allowedActions())")
    ReconsiderationListItem row(Reconsideration r, @Context LocalDate today);

    List<ReconsiderationListItem> rows(List<Reconsideration> rows, @Context LocalDate today);

    /** 视为受理 (第30条): the acceptance review has passed with the application still undecided. */
    default boolean deemedAccepted(Reconsideration r, WorkflowState state) {
        return r.getStatus() == ReconsiderationStatus.RECEIVED && state.deadlines().stream()
                .anyMatch(d -> Reconsideration.ACCEPTANCE_REVIEW.equals(d.kind()) && d.status() == DeadlineStatus.OVERDUE);
    }
}
