package cn.sifa.correction.assessment;

import java.time.LocalDate;
import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.core.workflow.WorkflowStateMapping;
import cn.sifa.correction.subject.Identity;

@Mapper(componentModel = "spring", imports = Identity.class)
interface InvestigationMapper {

    @WorkflowStateMapping
    @Mapping(target = "status", source = "i.status")
    @Mapping(target = "version", source = "i.version")
    @Mapping(target = "statusLabel", expression = "java(i.getStatus().label())")
    @Mapping(target = "authorityTypeLabel", expression = "java(i.getAuthorityType().label())")
    @Mapping(target = "proposedKindLabel", expression = "java(i.getProposedKind().label())")
    @Mapping(target = "personName", expression = "java(Identity.name(i.getPersonName(), i.isMinor(), full))")
    @Mapping(target = "idNumber", expression = "java(Identity.idNumber(i.getIdNumber(), full))")
    InvestigationView detail(Investigation i, WorkflowState state, boolean full);

    @Mapping(target = "statusLabel", expression = "java(i.getStatus().label())")
    @Mapping(target = "authorityTypeLabel", expression = "java(i.getAuthorityType().label())")
    @Mapping(target = "personName", expression = "java(Identity.name(i.getPersonName(), i.isMinor(), false))")
    @Mapping(target = "idNumber", expression = "java(Identity.idNumber(i.getIdNumber(), false))")
    @Mapping(target = "overdue", expression = "java(i.isOverdue(today))")
    InvestigationListItem row(Investigation i, @Context LocalDate today);

    List<InvestigationListItem> rows(List<Investigation> rows, @Context LocalDate today);
}
