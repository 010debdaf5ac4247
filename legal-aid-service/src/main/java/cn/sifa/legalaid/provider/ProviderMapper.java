package cn.sifa.legalaid.provider;

import java.time.LocalDate;
import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
interface ProviderMapper {

    @Mapping(target = "kindLabel", expression = "java(p.getKind().label())")
    @Mapping(target = "criminalPracticeYears", expression = "java(p.criminalPracticeYears(today))")
    @Mapping(target = "mayDefendLifeOrDeath", expression = "java(p.mayDefendLifeOrDeath(today))")
    ProviderView view(Provider p, @Context LocalDate today);

    List<ProviderView> views(List<Provider> providers, @Context LocalDate today);
}
