package cn.sifa.correction.resettlement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.web.Answers;
import cn.sifa.core.workflow.TransitionView;

/** A released person's record. Identity in full only to correction staff (a minor's only with the permission), audited. */
@Schema(name = "CorrectionReleasedPersonView", description = "刑满释放人员(安置帮教)")
public record ReleasedPersonView(
        @Schema(description = "ID") UUID id,
        @Schema(description = "版本(ETag)", example = "0") long version,
        @Schema(description = "行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "姓名(未成年人无权限时脱敏)", example = "赵强") String personName,
        @Schema(description = "身份证号码(无权限时脱敏)", example = "430105********1234") String idNumber,
        @Schema(description = "联系电话(无权限时脱敏)", example = "139****0000") String phone,
        @Schema(description = "身份信息是否完整显示", example = "true") boolean identityShown,
        @Schema(description = "是否未成年人", example = "false") boolean minor,
        @Schema(description = "来源", example = "PRISON") ReleaseOrigin origin,
        @Schema(description = "来源名称", example = "刑满释放") String originLabel,
        @Schema(description = "释放的监狱", example = "湖南省长沙监狱") String prison,
        @Schema(description = "罪名", example = "盗窃罪") String crime,
        @Schema(description = "释放(解矫)日期", example = "2027-01-05") LocalDate releaseOn,
        @Schema(description = "收到通知日期", example = "2026-12-04") LocalDate noticeReceivedOn,
        @Schema(description = "是否重点帮教对象", example = "false") boolean keyPerson,
        @Schema(description = "来源社区矫正对象 ID") UUID sourceSubjectId,
        @Schema(description = "状态", example = "AWAITING_RELEASE") ReleasedStatus status,
        @Schema(description = "状态名称", example = "待释放") String statusLabel,
        @Schema(description = "接回日期", example = "2027-01-05") LocalDate pickedUpOn,
        @Schema(description = "接回人员", example = "司法所王所长") String pickedUpBy,
        @Schema(description = "帮教小组", example = "司法所工作人员、社区干部、家属") String supportTeam,
        @Schema(description = "帮教起始日", example = "2027-01-05") LocalDate supportStart,
        @Schema(description = "基本信息是否已核实", example = "true") boolean verified,
        @Schema(description = "核实日期", example = "2026-12-04") LocalDate verifiedOn,
        @Schema(description = "核实情况", example = "户籍、住址核实无误") String verificationNote,
        @Schema(description = "结束日期", example = "2031-01-04") LocalDate endedOn,
        @Schema(description = "承办人", example = "correction") String assignee,
        @Schema(description = "最近的未届满期限", example = "2027-01-05") LocalDate nextDueOn,
        @Schema(description = "期限(必接必送、帮教期满)") List<DeadlineView> deadlines,
        @Schema(description = "是否已逾期", example = "false") boolean overdue,
        @Schema(description = "当前可执行的操作", example = "[\"pick-up\"]") List<String> allowedActions,
        @Schema(description = "流转记录") List<TransitionView> history) implements Answers.Versioned {
}
