package cn.sifa.legalaid.consultation;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
interface ConsultationMapper {

    @Mapping(target = "channelLabel", expression = "java(c.getChannel().label())")
    @Mapping(target = "matterLabel", expression = "java(c.getMatter().label())")
    ConsultationView view(Consultation c);

    List<ConsultationView> views(List<Consultation> consultations);
}
