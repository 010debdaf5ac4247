package cn.sifa.core.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.mapstruct.Mapping;

/**
 * The workflow part of a record's detail view, once for every MapStruct mapper: put it on a mapping method that has a
 * {@link WorkflowState} parameter named {@code state}, and the view's top-level {@code nextDueOn}, {@code deadlines},
 * {@code overdue}, {@code allowedActions} and {@code history} come from it (CONVENTIONS).
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Mapping(target = "nextDueOn", expression = "java(state.nextDueOn())")
@Mapping(target = "deadlines", source = "state.deadlines")
@Mapping(target = "overdue", source = "state.overdue")
@Mapping(target = "allowedActions", source = "state.allowedActions")
@Mapping(target = "history", source = "state.history")
public @interface WorkflowStateMapping {
}
