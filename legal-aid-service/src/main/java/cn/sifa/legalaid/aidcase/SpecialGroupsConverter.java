package cn.sifa.legalaid.aidcase;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The special groups as one column, {@code MIGRANT_WORKER,WOMAN} (sorted by the code table's order). */
@Converter
public class SpecialGroupsConverter implements AttributeConverter<Set<SpecialGroup>, String> {

    @Override
    public String convertToDatabaseColumn(Set<SpecialGroup> groups) {
        return groups == null ? "" : groups.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<SpecialGroup> convertToEntityAttribute(String column) {
        Set<SpecialGroup> groups = EnumSet.noneOf(SpecialGroup.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(SpecialGroup::valueOf).forEach(groups::add);
        }
        return groups;
    }
}
