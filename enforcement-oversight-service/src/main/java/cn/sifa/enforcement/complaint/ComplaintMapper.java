package cn.sifa.enforcement.complaint;

import java.time.LocalDate;
import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.person.PersonalData;
import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.enforcement.workflow.WorkflowView;

@Mapper(componentModel = "spring", imports = {WorkflowView.class, PersonalData.class})
@SuppressWarnings("removal")
interface ComplaintMapper {

    @Mapping(target = "status", source = "c.status")
    @Mapping(target = "statusLabel", expression = "java(c.getStatus().label())")
    @Mapping(target = "documentTypeLabel", expression = "java(c.getDocumentType() == null ? null : c.getDocumentType().label())")
    @Mapping(target = "nextDueOn", expression = "java(state.nextDueOn())")
    @Mapping(target = "deadlines", source = "state.deadlines")
    @Mapping(target = "overdue", source = "state.overdue")
    @Mapping(target = "allowedActions", source = "state.allowedActions")
    @Mapping(target = "history", source = "state.history")
    @Mapping(target = "workflow", expression = "java(WorkflowView.of(state))")
    @Mapping(target = "version", source = "c.version")
    @Mapping(target = "complainantPhone", expression = "java(PersonalData.phone(c.getComplainantPhone(), fullPhone))")
    ComplaintView detail(Complaint c, WorkflowState state, boolean fullPhone);

    @Mapping(target = "statusLabel", expression = "java(c.getStatus().label())")
    @Mapping(target = "documentTypeLabel", expression = "java(c.getDocumentType() == null ? null : c.getDocumentType().label())")
    @Mapping(target = "overdue", expression = "java(c.isOverdue(today))")
    @Mapping(target = "allowedActions", expression = "java(c.allowedActions())")
    @Mapping(target = "workflow", expression = "java(WorkflowView.row(c.allowedActions(), c.isOverdue(today)))")
    ComplaintListItem row(Complaint c, @Context LocalDate today);

    List<ComplaintListItem> rows(List<Complaint> complaints, @Context LocalDate today);
}
