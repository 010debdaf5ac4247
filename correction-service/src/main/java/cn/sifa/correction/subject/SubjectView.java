package cn.sifa.correction.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.web.Answers;
import cn.sifa.core.workflow.TransitionView;

/** A correction subject's file. Identity in full only to correction staff (a minor's only with the explicit permission), audited. */
@Schema(name = "CorrectionSubjectView", description = "社区矫正对象")
public record SubjectView(
        @Schema(description = "ID") UUID id,
        @Schema(description = "版本(ETag)", example = "1") long version,
        @Schema(description = "行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "姓名(未成年人无权限时脱敏)", example = "李明") String personName,
        @Schema(description = "身份证号码(无权限时脱敏)", example = "430105********1234") String idNumber,
        @Schema(description = "联系电话(无权限时脱敏)", example = "138****8000") String phone,
        @Schema(description = "身份信息是否完整显示", example = "true") boolean identityShown,
        @Schema(description = "性别", example = "MALE") Gender gender,
        @Schema(description = "是否未成年人", example = "false") boolean minor,
        @Schema(description = "矫正类别", example = "PROBATION") SubjectKind kind,
        @Schema(description = "矫正类别名称", example = "缓刑") String kindLabel,
        @Schema(description = "暂予监外执行的情形", example = "MEDICAL_PAROLE") TempOutsideReason tempOutsideReason,
        @Schema(description = "决定机关", example = "长沙市开福区人民法院") String decidingAuthority,
        @Schema(description = "判决、裁定生效日期", example = "2026-11-25") LocalDate judgmentEffectiveOn,
        @Schema(description = "矫正期限起始日", example = "2026-11-25") LocalDate termStart,
        @Schema(description = "矫正期限截止日", example = "2028-11-24") LocalDate termEnd,
        @Schema(description = "罪名", example = "危险驾驶罪") String crime,
        @Schema(description = "执行机构") UUID executingOrgId,
        @Schema(description = "承办人", example = "correction") String assignee,
        @Schema(description = "状态", example = "AWAITING_REPORT") SubjectStatus status,
        @Schema(description = "状态名称", example = "待报到") String statusLabel,
        @Schema(description = "报到日期", example = "2026-12-01") LocalDate reportedOn,
        @Schema(description = "宣告日期", example = "2026-12-01") LocalDate announcedOn,
        @Schema(description = "矫正小组", example = "王所长、李社工") String team,
        @Schema(description = "矫正方案", example = "每周电话报告") String plan,
        @Schema(description = "管理等级", example = "NORMAL") SupervisionLevel supervisionLevel,
        @Schema(description = "最近一次定期报告", example = "2026-12-03") LocalDate lastCheckInOn,
        @Schema(description = "脱管起始日", example = "2026-12-01") LocalDate lostContactSince,
        @Schema(description = "解矫准备日期", example = "2028-10-30") LocalDate dischargePreparedOn,
        @Schema(description = "结束方式", example = "DISCHARGED_EXPIRY") EndType endType,
        @Schema(description = "撤销缓刑、假释或收监执行的法定理由;NEW_CRIME 计入再犯罪", example = "NEW_CRIME") TerminationGround terminationGround,
        @Schema(description = "结束日期", example = "2028-11-24") LocalDate endedOn,
        @Schema(description = "变更执行地(到新执行地报到)日期", example = "2027-02-10") LocalDate transferredOn,
        @Schema(description = "奖惩记录") List<MeasureView> measures,
        @Schema(description = "建议的下一步措施(由工作人员决定)") Suggestion suggestion,
        @Schema(description = "最近的未届满期限", example = "2026-12-05") LocalDate nextDueOn,
        @Schema(description = "法定期限") List<DeadlineView> deadlines,
        @Schema(description = "是否已逾期", example = "false") boolean overdue,
        @Schema(description = "当前可执行的操作", example = "[\"report-in\"]") List<String> allowedActions,
        @Schema(description = "流转记录") List<TransitionView> history) implements Answers.Versioned {

    @Schema(name = "CorrectionMeasureView", description = "奖惩记录")
    public record MeasureView(
            @Schema(description = "ID") UUID id,
            @Schema(description = "措施", example = "ADMONITION") CorrectionMeasure measure,
            @Schema(description = "措施名称", example = "训诫") String measureLabel,
            @Schema(description = "事实", example = "未按时报告") String facts,
            @Schema(description = "证据", example = "谈话笔录") String evidence,
            @Schema(description = "决定日期", example = "2026-12-03") LocalDate decidedOn) {
    }
}
