package cn.sifa.correction.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.web.Answers;
import cn.sifa.core.workflow.TransitionView;
import cn.sifa.correction.subject.SubjectKind;

/** A pre-sentence assessment with its workflow. Identity in full only to correction staff, and audited. */
@Schema(name = "CorrectionInvestigationView", description = "调查评估")
public record InvestigationView(
        @Schema(description = "ID") UUID id,
        @Schema(description = "版本(ETag)", example = "1") long version,
        @Schema(description = "行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "委托机关", example = "长沙市开福区人民法院") String commissioningAuthority,
        @Schema(description = "委托机关类别", example = "COURT") AuthorityType authorityType,
        @Schema(description = "委托机关类别名称", example = "人民法院") String authorityTypeLabel,
        @Schema(description = "被调查评估人姓名(未成年人无权限时脱敏)", example = "李明") String personName,
        @Schema(description = "身份证号码(无权限时脱敏)", example = "430105********1234") String idNumber,
        @Schema(description = "是否未成年人", example = "false") boolean minor,
        @Schema(description = "拟适用类别", example = "PROBATION") SubjectKind proposedKind,
        @Schema(description = "拟适用类别名称", example = "缓刑") String proposedKindLabel,
        @Schema(description = "是否速裁", example = "false") boolean expedited,
        @Schema(description = "是否迁居调查评估", example = "false") boolean residenceChange,
        @Schema(description = "收到委托日期", example = "2026-12-01") LocalDate receivedOn,
        @Schema(description = "承办人", example = "correction") String assignee,
        @Schema(description = "状态", example = "COMMISSIONED") InvestigationStatus status,
        @Schema(description = "状态名称", example = "已受托") String statusLabel,
        @Schema(description = "是否适宜社区矫正", example = "true") Boolean suitable,
        @Schema(description = "评估意见", example = "适宜社区矫正") String opinion,
        @Schema(description = "提交日期", example = "2026-12-08") LocalDate submittedOn,
        @Schema(description = "抄送检察院日期", example = "2026-12-08") LocalDate procuratorateCopiedOn,
        @Schema(description = "经委托机关同意累计延长的工作日数", example = "0") int extendedWorkingDays,
        @Schema(description = "同意(最近一次)延期的委托机关及联系人", example = "长沙市开福区人民法院 张法官") String extensionAgreedBy,
        @Schema(description = "最近的未届满期限", example = "2026-12-15") LocalDate nextDueOn,
        @Schema(description = "法定期限") List<DeadlineView> deadlines,
        @Schema(description = "是否已逾期", example = "false") boolean overdue,
        @Schema(description = "当前可执行的操作", example = "[\"opinion\"]") List<String> allowedActions,
        @Schema(description = "流转记录") List<TransitionView> history) implements Answers.Versioned {
}
