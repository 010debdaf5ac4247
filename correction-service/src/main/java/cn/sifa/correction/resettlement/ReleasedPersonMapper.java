package cn.sifa.correction.resettlement;

import java.time.LocalDate;
import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.core.workflow.WorkflowStateMapping;
import cn.sifa.correction.subject.Identity;

@Mapper(componentModel = "spring", imports = Identity.class)
interface ReleasedPersonMapper {

    @WorkflowStateMapping
    @Mapping(target = "status", source = "p.status")
    @Mapping(target = "version", source = "p.version")
    @Mapping(target = "statusLabel", expression = "java(p.getStatus().label())")
    @Mapping(target = "originLabel", expression = "java(p.getOrigin().label())")
    @Mapping(target = "personName", expression = "java(Identity.name(p.getPersonName(), p.isMinor(), full))")
    @Mapping(target = "idNumber", expression = "java(Identity.idNumber(p.getIdNumber(), full))")
    @Mapping(target = "phone", expression = "java(Identity.phone(p.getPhone(), full))")
    @Mapping(target = "identityShown", source = "full")
    ReleasedPersonView detail(ReleasedPerson p, WorkflowState state, boolean full);

    @Mapping(target = "statusLabel", expression = "java(p.getStatus().label())")
    @Mapping(target = "personName", expression = "java(Identity.name(p.getPersonName(), p.isMinor(), false))")
    @Mapping(target = "idNumber", expression = "java(Identity.idNumber(p.getIdNumber(), false))")
    @Mapping(target = "phone", expression = "java(Identity.phone(p.getPhone(), false))")
    @Mapping(target = "overdue", expression = "java(p.isOverdue(today))")
    ReleasedPersonListItem row(ReleasedPerson p, @Context LocalDate today);

    List<ReleasedPersonListItem> rows(List<ReleasedPerson> rows, @Context LocalDate today);
}
