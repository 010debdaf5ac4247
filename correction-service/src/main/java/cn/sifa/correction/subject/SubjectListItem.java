package cn.sifa.correction.subject;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A row of the subject list: ID number and phone always masked, a minor's name too. */
@Schema(name = "CorrectionSubjectListItem", description = "社区矫正对象列表行")
public record SubjectListItem(
        @Schema(description = "ID") UUID id,
        @Schema(description = "行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "姓名(未成年人脱敏)", example = "李明") String personName,
        @Schema(description = "身份证号码(脱敏)", example = "430105********1234") String idNumber,
        @Schema(description = "联系电话(脱敏)", example = "138****8000") String phone,
        @Schema(description = "是否未成年人", example = "false") boolean minor,
        @Schema(description = "矫正类别", example = "PROBATION") SubjectKind kind,
        @Schema(description = "矫正类别名称", example = "缓刑") String kindLabel,
        @Schema(description = "罪名", example = "危险驾驶罪") String crime,
        @Schema(description = "判决、裁定生效日期", example = "2026-11-25") LocalDate judgmentEffectiveOn,
        @Schema(description = "矫正期限截止日", example = "2028-11-24") LocalDate termEnd,
        @Schema(description = "管理等级", example = "NORMAL") SupervisionLevel supervisionLevel,
        @Schema(description = "状态", example = "UNDER_CORRECTION") SubjectStatus status,
        @Schema(description = "状态名称", example = "矫正中") String statusLabel,
        @Schema(description = "最近的未届满期限", example = "2026-12-05") LocalDate nextDueOn,
        @Schema(description = "是否已逾期", example = "false") boolean overdue,
        @Schema(description = "承办人", example = "correction") String assignee) {
}
