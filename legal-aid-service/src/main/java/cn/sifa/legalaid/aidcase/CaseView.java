package cn.sifa.legalaid.aidcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.web.Answers;
import cn.sifa.core.workflow.TransitionView;

@Schema(name = "LegalAidCaseView", description = "法律援助案件")
public record CaseView(
        @Schema(description = "ID", example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "案号", example = "开福援〔2026〕12号") String caseNo,
        @Schema(description = "承办工作人员(登录名)", example = "legalaid") String handler,
        @Schema(description = "来源", example = "NOTIFICATION") CaseSource source,
        @Schema(description = "来源名称", example = "通知辩护/代理") String sourceLabel,
        @Schema(description = "法律援助申请(依申请的案件)", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID applicationId,
        @Schema(description = "受援人", example = "张某") String clientName,
        @Schema(description = "身份证号码", example = "430105200901012345") String clientIdNumber,
        @Schema(description = "联系电话", example = "13800138000") String clientPhone,
        @Schema(description = "案件类别", example = "CRIMINAL") AidCategory category,
        @Schema(description = "案件类别名称", example = "刑事") String categoryLabel,
        @Schema(description = "援助事项", example = "CRIMINAL_DEFENCE") AidMatter matter,
        @Schema(description = "援助事项名称", example = "刑事辩护") String matterLabel,
        @Schema(description = "援助形式", example = "CRIMINAL_DEFENCE_AGENCY") AidForm aidForm,
        @Schema(description = "援助形式名称", example = "刑事辩护与代理") String aidFormLabel,
        @Schema(description = "特殊群体", example = "[\"MINOR\"]") Set<SpecialGroup> specialGroups,
        @Schema(description = "通知机关", example = "COURT") Notifier notifier,
        @Schema(description = "通知机关名称", example = "长沙市开福区人民法院") String notifierName,
        @Schema(description = "通知情形", example = "LIFE_OR_DEATH") NotificationGround notificationGround,
        @Schema(description = "通知情形名称", example = "可能被判处无期徒刑、死刑的人") String notificationGroundLabel,
        @Schema(description = "涉嫌罪名", example = "故意杀人罪") String charge,
        @Schema(description = "立案(收到通知)日期", example = "2026-09-30") LocalDate openedOn,
        @Schema(description = "状态", example = "ASSIGNED") CaseStatus status,
        @Schema(description = "状态名称", example = "已指派") String statusLabel,
        @Schema(description = "法律援助人员", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID providerId,
        @Schema(description = "法律援助人员姓名", example = "李律师") String providerName,
        @Schema(description = "受援人选择的法律援助人员(点援制)", example = "false") Boolean chosenByApplicant,
        @Schema(description = "指派日期", example = "2026-10-08") LocalDate assignedOn,
        @Schema(description = "告知通知机关日期", example = "2026-10-08") LocalDate notifierInformedOn,
        @Schema(description = "终止情形", example = "SELF_RETAINED_COUNSEL") TerminationGround terminationGround,
        @Schema(description = "终止情形名称", example = "受援人自行委托律师或者其他代理人") String terminationGroundLabel,
        @Schema(description = "终止日期", example = "2026-11-03") LocalDate terminatedOn,
        @Schema(description = "办理结果", example = "调解结案") String result,
        @Schema(description = "挽回经济损失(元)", example = "38600.00") BigDecimal recoveredAmount,
        @Schema(description = "结案日期", example = "2026-12-01") LocalDate closedOn,
        @Schema(description = "结案材料") List<ClosingDocumentView> closingDocuments,
        @Schema(description = "办案补贴(元,结案时按本省标准计算;无适用标准为 null)", example = "2500.00") BigDecimal subsidyAmount,
        @Schema(description = "补贴标准", example = "湖南省:民事诉讼代理及非诉讼代理") String subsidyBasis,
        @Schema(description = "收到终止异议日期", example = "2026-12-04") LocalDate terminationObjectionFiledOn,
        @Schema(description = "终止异议理由", example = "受援人并未自行委托律师") String terminationObjectionReason,
        @Schema(description = "终止异议审查决定", example = "ORDER_CORRECTION") ObjectionResult terminationObjectionResult,
        @Schema(description = "终止异议审查决定日期", example = "2026-12-08") LocalDate terminationObjectionDecidedOn,
        @Schema(description = "案卷质量评查得分", example = "92") Integer qualityScore,
        @Schema(description = "评查日期", example = "2026-12-04") LocalDate qualityReviewedOn,
        @Schema(description = "评查意见", example = "卷宗材料齐全") String qualityComment,
        @Schema(description = "回访满意度", example = "SATISFIED") Satisfaction satisfaction,
        @Schema(description = "回访日期", example = "2026-12-04") LocalDate followedUpOn,
        @Schema(description = "承办服务记录") List<ServiceRecordView> serviceRecords,
        @Schema(description = "对方当事人") List<OpponentView> opponents,
        @Schema(description = "指派时的利益冲突审查(指派前为 null)") ConflictCheckRecord conflictCheck,
        @Schema(description = "最近一个未完成期限的届满日期(来自 core_deadline),无则为 null", example = "2026-10-08") LocalDate nextDueOn,
        @Schema(description = "法定期限") List<DeadlineView> deadlines,
        @Schema(description = "是否有期限已逾期", example = "false") boolean overdue,
        @Schema(description = "当前状态允许的操作(POST /cases/{id}/{action})", example = "[\"assign\"]") List<String> allowedActions,
        @Schema(description = "流程记录(时间线)") List<TransitionView> history,
        @Schema(description = "版本(ETag)", example = "1") long version) implements Answers.Versioned {

    @Schema(name = "LegalAidClosingDocumentView", description = "结案材料")
    public record ClosingDocumentView(
            @Schema(description = "材料类型", example = "CLOSING_REPORT") ClosingDocumentType type,
            @Schema(description = "材料类型名称", example = "结案报告") String typeLabel,
            @Schema(description = "材料名称", example = "法律援助案件结案报告") String name) {
    }

    @Schema(name = "LegalAidConflictCheckRecord", description = "指派时的利益冲突审查记录")
    public record ConflictCheckRecord(
            @Schema(description = "审查日期(指派日期)", example = "2026-12-04") LocalDate checkedOn,
            @Schema(description = "发现的线索数", example = "1") int findings,
            @Schema(description = "核实确认人(有线索时)", example = "legalaid") String confirmedBy,
            @Schema(description = "核实说明", example = "同名不同人,已电话核实") String note) {
    }

    @Schema(name = "LegalAidServiceRecordView", description = "承办服务记录")
    public record ServiceRecordView(
            @Schema(description = "日期", example = "2026-10-09") LocalDate servedOn,
            @Schema(description = "类型", example = "MEETING") ServiceKind kind,
            @Schema(description = "类型名称", example = "会见") String kindLabel,
            @Schema(description = "内容", example = "会见犯罪嫌疑人") String content) {
    }
}
