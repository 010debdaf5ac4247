package cn.sifa.enforcement.agency;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
interface AgencyMapper {

    @Mapping(target = "kindLabel", expression = "java(a.getKind() == null ? null : a.getKind().label())")
    AgencyView view(Agency a);

    List<AgencyView> views(List<Agency> agencies);
}
