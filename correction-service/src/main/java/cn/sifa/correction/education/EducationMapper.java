package cn.sifa.correction.education;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
interface EducationMapper {

    @Mapping(target = "kindLabel", expression = "java(e.getKind().label())")
    EducationView view(EducationRecord e);

    List<EducationView> views(List<EducationRecord> records);
}
