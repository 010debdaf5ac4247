package cn.sifa.mediation.dispute;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import cn.sifa.mediation.dispute.ResolutionRoute;

/** Stores the few routes the parties were told of as one comma-separated column. */
@Converter
class RouteListConverter implements AttributeConverter<List<ResolutionRoute>, String> {

    @Override
    public String convertToDatabaseColumn(List<ResolutionRoute> routes) {
        return routes == null || routes.isEmpty() ? null : routes.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public List<ResolutionRoute> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(ResolutionRoute::valueOf).toList();
    }
}
