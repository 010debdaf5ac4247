package cn.sifa.legalaid.duty;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
interface DutyServiceMapper {

    @Mapping(target = "postKindLabel", expression = "java(s.getPostKind().label())")
    @Mapping(target = "serviceKindLabel", expression = "java(s.getServiceKind().label())")
    @Mapping(target = "providerName", expression = "java(providerNames.get(s.getProviderId()))")
    DutyServiceView view(DutyLawyerService s, @Context Map<UUID, String> providerNames);

    List<DutyServiceView> views(List<DutyLawyerService> services, @Context Map<UUID, String> providerNames);
}
