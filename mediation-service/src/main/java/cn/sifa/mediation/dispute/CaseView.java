package cn.sifa.mediation.dispute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.workflow.TransitionView;

/** A case as its detail page shows it. */
@Schema(name = "MediationCaseView", description = "调解案件")
public record CaseView(
        @Schema(description = "ID", example = "5f0c2a8e-7d1b-4c33-9a0e-2b6f1e4d9c10") UUID id,
        @Schema(description = "案号", example = "开福调〔2026〕12号") String caseNo,
        @Schema(description = "状态", example = "REGISTERED") CaseStatus status,
        @Schema(description = "状态名称", example = "已登记") String statusLabel,
        @Schema(description = "行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "调委会") Ref committee,
        @Schema(description = "纠纷来源", example = "PARTY_APPLICATION") CaseSource source,
        @Schema(description = "纠纷来源名称", example = "当事人申请") String sourceLabel,
        @Schema(description = "纠纷类型", example = "NEIGHBOUR") DisputeType disputeType,
        @Schema(description = "纠纷类型名称", example = "邻里纠纷") String disputeTypeLabel,
        @Schema(description = "难易程度", example = "ORDINARY") Difficulty difficulty,
        @Schema(description = "纠纷简要情况", example = "相邻双方因排水沟堵塞发生争执") String summary,
        @Schema(description = "涉及金额(元)", example = "12000.00") BigDecimal amountInvolved,
        @Schema(description = "收案日期", example = "2026-11-20") LocalDate receivedOn,
        @Schema(description = "受理日期", example = "2026-11-20") LocalDate acceptedOn,
        @Schema(description = "承办人(用户名)", example = "kaifu-mediator") String assignee,
        @Schema(description = "调解员") List<Ref> mediators,
        @Schema(description = "当事人") List<PartyView> parties,
        @Schema(description = "调解记录") List<SessionView> sessions,
        @Schema(description = "不予受理情况,未不予受理为 null") DeclineView decline,
        @Schema(description = "矛盾激化风险") EscalationView escalation,
        @Schema(description = "调解协议,未达成为 null") AgreementView agreement,
        @Schema(description = "终止调解情况,未终止为 null") FailureView failure,
        @Schema(description = "履行情况,未登记为 null") PerformanceView performance,
        @Schema(description = "司法确认,未申请为 null") ConfirmationView judicialConfirmation,
        @Schema(description = "回访记录") List<FollowUpView> followUps,
        @Schema(description = "归档日期", example = "2026-12-20") LocalDate archivedOn,
        @Schema(description = "法定期限") List<DeadlineView> deadlines,
        @Schema(description = "最近的未届满期限(来自 core_deadline)", example = "2026-12-21") LocalDate nextDueOn,
        @Schema(description = "是否有期限已逾期", example = "false") boolean overdue,
        @Schema(description = "当前状态允许的操作(POST /cases/{id}/{action})", example = "[\"accept\",\"decline\"]") List<String> allowedActions,
        @Schema(description = "流程记录") List<TransitionView> history,
        @Schema(description = "版本号(即 ETag)", example = "0") long version) {

    @Schema(name = "MediationRef", description = "关联记录")
    public record Ref(@Schema(description = "ID") UUID id, @Schema(description = "名称", example = "东风路街道人民调解委员会") String name) {
    }

    @Schema(name = "MediationPartyView", description = "当事人")
    public record PartyView(
            @Schema(description = "当事人地位", example = "APPLICANT") PartyRole role,
            @Schema(description = "当事人地位名称", example = "申请人") String roleLabel,
            @Schema(description = "自然人或组织", example = "PERSON") PartyKind kind,
            @Schema(description = "姓名或名称", example = "张三") String name,
            @Schema(description = "身份证号码;列表及无权角色脱敏显示", example = "110105********002X") String idNumber,
            @Schema(description = "统一社会信用代码", example = "91350100M000100Y43") String creditCode,
            @Schema(description = "联系电话", example = "13800000000") String phone,
            @Schema(description = "当事人 ID(修改案件时用以对应已有当事人)") UUID id) {
    }

    @Schema(name = "MediationSessionView", description = "调解记录")
    public record SessionView(
            @Schema(description = "ID") UUID id,
            @Schema(description = "调解日期", example = "2026-11-21") LocalDate heldOn,
            @Schema(description = "地点", example = "调解室") String place,
            @Schema(description = "调解员") List<Ref> mediators,
            @Schema(description = "参加人员") List<AttendeeView> attendees,
            @Schema(description = "当事人已同意受邀人员参与", example = "true") boolean inviteesConsented,
            @Schema(description = "公开调解", example = "false") boolean publicSession,
            @Schema(description = "记录", example = "双方陈述事实") String notes) {
    }

    @Schema(name = "MediationAttendeeView", description = "参加人员")
    public record AttendeeView(@Schema(description = "姓名", example = "李四") String name,
                               @Schema(description = "身份", example = "INVITED") AttendeeKind kind,
                               @Schema(description = "身份名称", example = "受邀参与人员") String kindLabel,
                               @Schema(description = "关系或职务", example = "村委会主任") String relation) {
    }

    @Schema(name = "MediationDeclineView", description = "不予受理")
    public record DeclineView(@Schema(description = "日期", example = "2026-11-20") LocalDate declinedOn,
                              @Schema(description = "理由类别", example = "PARTY_REFUSED") DeclineReason reasonCode,
                              @Schema(description = "理由", example = "被申请人拒绝调解") String reason,
                              @Schema(description = "已告知的其他途径", example = "[\"LITIGATION\"]") List<ResolutionRoute> routes) {
    }

    @Schema(name = "MediationEscalationView", description = "矛盾激化风险")
    public record EscalationView(@Schema(description = "存在激化风险", example = "true") boolean risk,
                                 @Schema(description = "报告公安机关日期", example = "2026-11-21") LocalDate reportedOn,
                                 @Schema(description = "接报公安机关", example = "东风路派出所") String policeStation,
                                 @Schema(description = "预防措施", example = "稳控情绪") String measures) {
    }

    @Schema(name = "MediationAgreementView", description = "调解协议")
    public record AgreementView(@Schema(description = "形式", example = "WRITTEN") AgreementForm form,
                                @Schema(description = "内容", example = "一次性赔偿8000元") String terms,
                                @Schema(description = "金额(元)", example = "8000.00") BigDecimal amount,
                                @Schema(description = "生效日期", example = "2026-11-21") LocalDate effectiveOn,
                                @Schema(description = "履行期限", example = "2026-12-31") LocalDate performBy) {
    }

    @Schema(name = "MediationFailureView", description = "终止调解")
    public record FailureView(@Schema(description = "日期", example = "2026-11-21") LocalDate failedOn,
                              @Schema(description = "理由", example = "分歧较大") String reason,
                              @Schema(description = "已告知的其他途径", example = "[\"LITIGATION\"]") List<ResolutionRoute> routes) {
    }

    @Schema(name = "MediationPerformanceView", description = "履行情况")
    public record PerformanceView(@Schema(description = "结果", example = "PERFORMED") PerformanceResult result,
                                  @Schema(description = "核实日期", example = "2026-12-31") LocalDate checkedOn,
                                  @Schema(description = "说明", example = "已付清") String note) {
    }

    @Schema(name = "MediationConfirmationView", description = "司法确认")
    public record ConfirmationView(@Schema(description = "申请日期", example = "2026-11-25") LocalDate appliedOn,
                                   @Schema(description = "法院立案日期,审查期限自此起算", example = "2026-11-27") LocalDate registeredOn,
                                   @Schema(description = "法院", example = "长沙市开福区人民法院") String court,
                                   @Schema(description = "裁定结果,未裁定为 null", example = "CONFIRMED") ConfirmationResult result,
                                   @Schema(description = "裁定日期", example = "2026-12-10") LocalDate decidedOn) {
    }

    @Schema(name = "MediationFollowUpView", description = "回访")
    public record FollowUpView(@Schema(description = "ID") UUID id,
                               @Schema(description = "日期", example = "2026-12-15") LocalDate visitedOn,
                               @Schema(description = "方式", example = "PHONE") FollowUpMethod method,
                               @Schema(description = "回访人", example = "王调解员") String visitor,
                               @Schema(description = "情况", example = "已履行") String notes,
                               @Schema(description = "当事人是否满意", example = "true") Boolean satisfied) {
    }
}
