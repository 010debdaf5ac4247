package cn.sifa.legalaid.application;

import java.time.LocalDate;
import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.person.CitizenId;
import cn.sifa.core.person.PhoneNumbers;
import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.legalaid.aidcase.Opponent;
import cn.sifa.legalaid.aidcase.OpponentView;

@Mapper(componentModel = "spring", imports = {CitizenId.class, PhoneNumbers.class})
interface ApplicationMapper {

    @Mapping(target = "status", source = "a.status")
    @Mapping(target = "statusLabel", expression = "java(a.getStatus().label())")
    @Mapping(target = "applicant", expression = "java(new ApplicationView.Applicant(a.getApplicantName(), a.getApplicantIdNumber(), "
            + "a.getApplicantPhone(), a.getApplicantAddress(), a.getAgentName(), a.getAgentRelation()))")
    @Mapping(target = "categoryLabel", expression = "java(a.getCategory().label())")
    @Mapping(target = "matterLabel", expression = "java(a.getMatter().label())")
    @Mapping(target = "aidFormLabel", expression = "java(a.getAidForm().label())")
    @Mapping(target = "channelLabel", expression = "java(a.getChannel().label())")
    @Mapping(target = "economicStatusLabel", expression = "java(a.getEconomicStatus().label())")
    @Mapping(target = "nextDueOn", expression = "java(state.nextDueOn())")
    @Mapping(target = "deadlines", source = "state.deadlines")
    @Mapping(target = "overdue", source = "state.overdue")
    @Mapping(target = "editable", expression = "java(a.isEditable())")
    @Mapping(target = "allowedActions", source = "state.allowedActions")
    @Mapping(target = "history", source = "state.history")
    @Mapping(target = "version", source = "a.version")
    ApplicationView detail(Application a, WorkflowState state);

    OpponentView opponent(Opponent o);

    @Mapping(target = "statusLabel", expression = "java(a.getStatus().label())")
    @Mapping(target = "categoryLabel", expression = "java(a.getCategory().label())")
    @Mapping(target = "matterLabel", expression = "java(a.getMatter().label())")
    @Mapping(target = "applicantIdNumber", expression = "java(CitizenId.mask(a.getApplicantIdNumber()))")
    @Mapping(target = "applicantPhone", expression = "java(PhoneNumbers.mask(a.getApplicantPhone()))")
    @Mapping(target = "overdue", expression = "java(a.isOverdue(today))")
    @Mapping(target = "allowedActions", expression = "java(a.allowedActions())")
    ApplicationListItem row(Application a, @Context LocalDate today);

    List<ApplicationListItem> rows(List<Application> applications, @Context LocalDate today);
}
