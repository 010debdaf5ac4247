package cn.sifa.enforcement.filereview;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.core.workflow.WorkflowStateMapping;
import cn.sifa.enforcement.filereview.FileReviewViews.DeductionView;
import cn.sifa.enforcement.filereview.FileReviewViews.FileReviewView;
import cn.sifa.enforcement.filereview.FileReviewViews.ItemView;
import cn.sifa.enforcement.filereview.FileReviewViews.PlanView;
import cn.sifa.enforcement.workflow.WorkflowView;

/** Plans and files with their workflow part: in full for a detail, without deadlines and history for a list row. */
@Mapper(componentModel = "spring", imports = {WorkflowView.class, WorkflowState.class, List.class})
@SuppressWarnings("removal")
interface FileReviewMapper {

    @Mapping(target = "id", source = "p.id")
    @Mapping(target = "divisionCode", source = "p.divisionCode")
    @Mapping(target = "status", source = "p.status")
    @Mapping(target = "statusLabel", expression = "java(p.getStatus().label())")
    @Mapping(target = "checklist", source = "checklist")
    @Mapping(target = "files", source = "files")
    @Mapping(target = "grades", source = "grades")
    @WorkflowStateMapping
    @Mapping(target = "workflow", expression = "java(WorkflowView.of(state))")
    @Mapping(target = "version", source = "p.version")
    PlanView plan(FileReviewPlan p, List<ItemView> checklist, long files, Map<Grade, Long> grades, WorkflowState state);

    @Mapping(target = "id", source = "f.id")
    @Mapping(target = "divisionCode", source = "f.divisionCode")
    @Mapping(target = "status", source = "f.status")
    @Mapping(target = "statusLabel", expression = "java(f.getStatus().label())")
    @Mapping(target = "gradeLabel", expression = "java(f.getGrade() == null ? null : f.getGrade().label())")
    @Mapping(target = "externalRef", source = "externalRef")
    @Mapping(target = "deductions", source = "deductions")
    @WorkflowStateMapping
    @Mapping(target = "workflow", expression = "java(WorkflowView.of(state))")
    @Mapping(target = "version", source = "f.version")
    FileReviewView file(FileReview f, String externalRef, List<DeductionView> deductions, WorkflowState state);

    @Mapping(target = "id", source = "p.id")
    @Mapping(target = "divisionCode", source = "p.divisionCode")
    @Mapping(target = "status", source = "p.status")
    @Mapping(target = "statusLabel", expression = "java(p.getStatus().label())")
    @Mapping(target = "checklist", source = "checklist")
    @Mapping(target = "files", source = "files")
    @Mapping(target = "grades", source = "grades")
    @Mapping(target = "nextDueOn", source = "p.nextDueOn")
    @Mapping(target = "deadlines", expression = "java(List.of())")
    @Mapping(target = "overdue", expression = "java(WorkflowState.row(p, today).overdue())")
    @Mapping(target = "allowedActions", expression = "java(p.allowedActions())")
    @Mapping(target = "history", expression = "java(List.of())")
    @Mapping(target = "workflow", expression = "java(WorkflowView.of(WorkflowState.row(p, today)))")
    @Mapping(target = "version", source = "p.version")
    PlanView planRow(FileReviewPlan p, List<ItemView> checklist, long files, Map<Grade, Long> grades, @Context LocalDate today);

    /** A list row: the state, next due date and overdue flag the row read from core_deadline; no deductions. */
    @Mapping(target = "id", source = "f.id")
    @Mapping(target = "divisionCode", source = "f.divisionCode")
    @Mapping(target = "status", source = "f.status")
    @Mapping(target = "statusLabel", expression = "java(f.getStatus().label())")
    @Mapping(target = "gradeLabel", expression = "java(f.getGrade() == null ? null : f.getGrade().label())")
    @Mapping(target = "externalRef", source = "externalRef")
    @Mapping(target = "deductions", expression = "java(List.of())")
    @Mapping(target = "nextDueOn", source = "f.nextDueOn")
    @Mapping(target = "deadlines", expression = "java(List.of())")
    @Mapping(target = "overdue", expression = "java(WorkflowState.row(f, today).overdue())")
    @Mapping(target = "allowedActions", expression = "java(f.allowedActions())")
    @Mapping(target = "history", expression = "java(List.of())")
    @Mapping(target = "workflow", expression = "java(WorkflowView.of(WorkflowState.row(f, today)))")
    @Mapping(target = "version", source = "f.version")
    FileReviewView fileRow(FileReview f, String externalRef, @Context LocalDate today);
}
