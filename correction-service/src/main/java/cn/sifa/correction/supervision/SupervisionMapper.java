package cn.sifa.correction.supervision;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
interface SupervisionMapper {

    @Mapping(target = "placeLabel", expression = "java(v.getPlace().label())")
    HomeVisitView visit(HomeVisit v);

    List<HomeVisitView> visits(List<HomeVisit> rows);

    @Mapping(target = "riskLevelLabel", expression = "java(a.getRiskLevel().label())")
    PsychAssessmentView assessment(PsychAssessment a);

    List<PsychAssessmentView> assessments(List<PsychAssessment> rows);
}
