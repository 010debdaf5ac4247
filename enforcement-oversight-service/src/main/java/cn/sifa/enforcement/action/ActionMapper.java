package cn.sifa.enforcement.action;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
interface ActionMapper {

    @Mapping(target = "agencyName", expression = "java(agencyNames.get(a.getAgencyId()))")
    @Mapping(target = "actTypeLabel", expression = "java(a.getActType().label())")
    @Mapping(target = "penaltyKinds", expression = "java(a.penaltyKindList())")
    @Mapping(target = "publishedOnTime", expression = "java(a.publishedOnTime(today))")
    ActionView view(ReportedAction a, @Context Map<UUID, String> agencyNames, @Context LocalDate today);

    List<ActionView> views(List<ReportedAction> actions, @Context Map<UUID, String> agencyNames, @Context LocalDate today);
}
