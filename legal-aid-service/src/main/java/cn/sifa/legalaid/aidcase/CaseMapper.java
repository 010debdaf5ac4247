package cn.sifa.legalaid.aidcase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.person.CitizenId;
import cn.sifa.core.person.PhoneNumbers;
import cn.sifa.core.workflow.WorkflowState;

@Mapper(componentModel = "spring", imports = {CitizenId.class, PhoneNumbers.class})
interface CaseMapper {

    @Mapping(target = "status", source = "c.status")
    @Mapping(target = "statusLabel", expression = "java(c.getStatus().label())")
    @Mapping(target = "sourceLabel", expression = "java(c.getSource().label())")
    @Mapping(target = "categoryLabel", expression = "java(c.getCategory().label())")
    @Mapping(target = "matterLabel", expression = "java(c.getMatter().label())")
    @Mapping(target = "aidFormLabel", expression = "java(c.getAidForm().label())")
    @Mapping(target = "notificationGroundLabel", expression = "java(c.getNotificationGround() == null ? null : c.getNotificationGround().label())")
    @Mapping(target = "terminationGroundLabel", expression = "java(c.getTerminationGround() == null ? null : c.getTerminationGround().label())")
    @Mapping(target = "providerName", expression = "java(providerName)")
    @Mapping(target = "nextDueOn", expression = "java(state.nextDueOn())")
    @Mapping(target = "deadlines", source = "state.deadlines")
    @Mapping(target = "overdue", source = "state.overdue")
    @Mapping(target = "allowedActions", source = "state.allowedActions")
    @Mapping(target = "history", source = "state.history")
    @Mapping(target = "version", source = "c.version")
    @Mapping(target = "conflictCheck", expression = "java(c.getConflictCheckedOn() == null ? null : new CaseView.ConflictCheckRecord("
            + "c.getConflictCheckedOn(), c.getConflictFindings(), c.getConflictConfirmedBy(), c.getConflictNote()))")
    CaseView detail(LegalAidCase c, WorkflowState state, String providerName);

    OpponentView opponent(Opponent o);

    @Mapping(target = "typeLabel", expression = "java(d.getType().label())")
    CaseView.ClosingDocumentView closingDocument(ClosingDocument d);

    @Mapping(target = "kindLabel", expression = "java(r.getKind().label())")
    CaseView.ServiceRecordView serviceRecord(ServiceRecord r);

    @Mapping(target = "statusLabel", expression = "java(c.getStatus().label())")
    @Mapping(target = "sourceLabel", expression = "java(c.getSource().label())")
    @Mapping(target = "categoryLabel", expression = "java(c.getCategory().label())")
    @Mapping(target = "matterLabel", expression = "java(c.getMatter().label())")
    @Mapping(target = "clientIdNumber", expression = "java(CitizenId.mask(c.getClientIdNumber()))")
    @Mapping(target = "clientPhone", expression = "java(PhoneNumbers.mask(c.getClientPhone()))")
    @Mapping(target = "providerName", expression = "java(c.getProviderId() == null ? null : providerNames.get(c.getProviderId()))")
    @Mapping(target = "overdue", expression = "java(c.isOverdue(today))")
    @Mapping(target = "allowedActions", expression = "java(c.allowedActions())")
    CaseListItem row(LegalAidCase c, @Context LocalDate today, @Context Map<UUID, String> providerNames);

    List<CaseListItem> rows(List<LegalAidCase> cases, @Context LocalDate today, @Context Map<UUID, String> providerNames);
}
