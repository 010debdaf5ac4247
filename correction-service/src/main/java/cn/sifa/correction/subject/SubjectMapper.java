package cn.sifa.correction.subject;

import java.time.LocalDate;
import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.core.workflow.WorkflowStateMapping;

@Mapper(componentModel = "spring", imports = Identity.class)
interface SubjectMapper {

    @WorkflowStateMapping
    @Mapping(target = "status", source = "s.status")
    @Mapping(target = "version", source = "s.version")
    @Mapping(target = "statusLabel", expression = "java(s.getStatus().label())")
    @Mapping(target = "kindLabel", expression = "java(s.getKind().label())")
    @Mapping(target = "personName", expression = "java(Identity.name(s.getPersonName(), s.isMinor(), full))")
    @Mapping(target = "idNumber", expression = "java(Identity.idNumber(s.getIdNumber(), full))")
    @Mapping(target = "phone", expression = "java(Identity.phone(s.getPhone(), full))")
    @Mapping(target = "identityShown", source = "full")
    @Mapping(target = "measures", source = "measures")
    @Mapping(target = "suggestion", source = "suggestion")
    SubjectView detail(Subject s, WorkflowState state, boolean full, List<Measure> measures, Suggestion suggestion);

    @Mapping(target = "measureLabel", expression = "java(m.getMeasure().label())")
    SubjectView.MeasureView measure(Measure m);

    @Mapping(target = "typeLabel", expression = "java(c.getType().label())")
    CheckInView checkIn(CheckIn c);

    List<CheckInView> checkIns(List<CheckIn> rows);

    @Mapping(target = "statusLabel", expression = "java(s.getStatus().label())")
    @Mapping(target = "kindLabel", expression = "java(s.getKind().label())")
    @Mapping(target = "personName", expression = "java(Identity.name(s.getPersonName(), s.isMinor(), false))")
    @Mapping(target = "idNumber", expression = "java(Identity.idNumber(s.getIdNumber(), false))")
    @Mapping(target = "phone", expression = "java(Identity.phone(s.getPhone(), false))")
    @Mapping(target = "overdue", expression = "java(s.isOverdue(today))")
    SubjectListItem row(Subject s, @Context LocalDate today);

    List<SubjectListItem> rows(List<Subject> rows, @Context LocalDate today);
}
