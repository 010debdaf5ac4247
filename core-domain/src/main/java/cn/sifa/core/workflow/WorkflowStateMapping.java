package cn.sifa.core.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.mapstruct.Mapping;

/**
 * On a MapStruct mapping method with a {@link WorkflowState} parameter named {@code state}: the view's top-level
 * workflow fields ({@code allowedActions}, {@code deadlines}, {@code overdue}, {@code history}) come from it, the
 * same in every workflow record's view. The view maps {@code status} itself (its own enum).
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Mapping(target = "allowedActions", expression = "java(state.allowedActions())")
@Mapping(target = "deadlines", expression = "java(state.deadlines())")
@Mapping(target = "overdue", expression = "java(state.overdue())")
@Mapping(target = "history", expression = "java(state.history())")
public @interface WorkflowStateMapping {
}
