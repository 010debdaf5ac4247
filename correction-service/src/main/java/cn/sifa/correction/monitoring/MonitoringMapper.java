package cn.sifa.correction.monitoring;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.sifa.core.workflow.WorkflowState;
import cn.sifa.core.workflow.WorkflowStateMapping;

@Mapper(componentModel = "spring")
interface MonitoringMapper {

    /** {@code location}: whether the device number and the permitted area are shown (else null). */
    @WorkflowStateMapping
    @Mapping(target = "status", source = "m.status")
    @Mapping(target = "version", source = "m.version")
    @Mapping(target = "from", source = "m.periodStart")
    @Mapping(target = "until", source = "m.periodEnd")
    @Mapping(target = "groundLabel", expression = "java(m.getGround().label())")
    @Mapping(target = "statusLabel", expression = "java(m.getStatus().label())")
    @Mapping(target = "deviceNo", expression = "java(location ? m.getDeviceNo() : null)")
    @Mapping(target = "permittedArea", expression = "java(location ? m.getPermittedArea() : null)")
    @Mapping(target = "locationShown", source = "location")
    MonitoringView view(Monitoring m, WorkflowState state, boolean location);
}
