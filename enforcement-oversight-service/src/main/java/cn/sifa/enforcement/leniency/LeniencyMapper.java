package cn.sifa.enforcement.leniency;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.enforcement.leniency.LeniencyViews.DecisionView;
import cn.sifa.enforcement.leniency.LeniencyViews.ItemView;

@Mapper(componentModel = "spring")
interface LeniencyMapper {

    @Mapping(target = "listKindLabel", expression = "java(i.getListKind().label())")
    ItemView item(LeniencyItem i);

    List<ItemView> items(List<LeniencyItem> items);

    @Mapping(target = "kindLabel", expression = "java(d.getKind().label())")
    DecisionView decision(LenientDecision d);

    List<DecisionView> decisions(List<LenientDecision> decisions);
}
