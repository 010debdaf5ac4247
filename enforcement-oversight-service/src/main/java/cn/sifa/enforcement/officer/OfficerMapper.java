package cn.sifa.enforcement.officer;

import java.time.LocalDate;
import java.util.List;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.deadline.DeadlineView;

@Mapper(componentModel = "spring")
interface OfficerMapper {

    /** The detail: the certificate's status on {@code today} and its expiry deadline from {@code core_deadline}. */
    @Mapping(target = "certificateStatus", expression = "java(o.certificateStatus(today))")
    @Mapping(target = "certificateStatusLabel", expression = "java(o.certificateStatus(today).label())")
    @Mapping(target = "legalQualification", expression = "java(o.hasLegalQualification())")
    @Mapping(target = "deadlines", source = "deadlines")
    OfficerView view(Officer o, List<DeadlineView> deadlines, @Context LocalDate today);

    /** A list row: the same certificate status; the expiry deadline is on the detail. */
    default OfficerView row(Officer o, @Context LocalDate today) {
        return view(o, List.of(), today);
    }

    default List<OfficerView> rows(List<Officer> officers, @Context LocalDate today) {
        return officers.stream().map(o -> row(o, today)).toList();
    }
}
