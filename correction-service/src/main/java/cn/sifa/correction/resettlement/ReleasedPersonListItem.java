package cn.sifa.correction.resettlement;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A row of the released-person list: ID number and phone always masked, a minor's name too. */
@Schema(name = "CorrectionReleasedPersonListItem", description = "刑满释放人员列表行")
public record ReleasedPersonListItem(
        @Schema(description = "ID") UUID id,
        @Schema(description = "行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "姓名(未成年人脱敏)", example = "赵强") String personName,
        @Schema(description = "身份证号码(脱敏)", example = "430105********1234") String idNumber,
        @Schema(description = "联系电话(脱敏)", example = "139****0000") String phone,
        @Schema(description = "是否未成年人", example = "false") boolean minor,
        @Schema(description = "来源", example = "PRISON") ReleaseOrigin origin,
        @Schema(description = "释放的监狱", example = "湖南省长沙监狱") String prison,
        @Schema(description = "释放(解矫)日期", example = "2027-01-05") LocalDate releaseOn,
        @Schema(description = "是否重点帮教对象", example = "false") boolean keyPerson,
        @Schema(description = "基本信息是否已核实", example = "true") boolean verified,
        @Schema(description = "状态", example = "SUPPORTING") ReleasedStatus status,
        @Schema(description = "状态名称", example = "帮教中") String statusLabel,
        @Schema(description = "最近的未届满期限", example = "2027-01-05") LocalDate nextDueOn,
        @Schema(description = "是否已逾期", example = "false") boolean overdue,
        @Schema(description = "承办人", example = "correction") String assignee) {
}
