package cn.sifa.legalaid.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.web.Answers;
import cn.sifa.core.workflow.TransitionView;
import cn.sifa.legalaid.aidcase.AidCategory;
import cn.sifa.legalaid.aidcase.AidForm;
import cn.sifa.legalaid.aidcase.AidMatter;
import cn.sifa.legalaid.aidcase.ObjectionResult;
import cn.sifa.legalaid.aidcase.OpponentView;
import cn.sifa.legalaid.aidcase.SpecialGroup;

@Schema(name = "LegalAidApplicationView", description = "法律援助申请")
public record ApplicationView(
        @Schema(description = "ID", example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID id,
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "申请编号", example = "开福援申〔2026〕8号") String applicationNo,
        @Schema(description = "承办工作人员(登录名)", example = "legalaid") String handler,
        @Schema(description = "申请人") Applicant applicant,
        @Schema(description = "案件类别", example = "CIVIL") AidCategory category,
        @Schema(description = "案件类别名称", example = "民事") String categoryLabel,
        @Schema(description = "援助事项", example = "LABOUR_REMUNERATION") AidMatter matter,
        @Schema(description = "援助事项名称", example = "请求支付劳动报酬") String matterLabel,
        @Schema(description = "援助形式", example = "CIVIL_ADMIN_STATE_COMP_AGENCY") AidForm aidForm,
        @Schema(description = "援助形式名称", example = "民事、行政、国家赔偿案件诉讼代理及非诉讼代理") String aidFormLabel,
        @Schema(description = "特殊群体", example = "[\"MIGRANT_WORKER\"]") Set<SpecialGroup> specialGroups,
        @Schema(description = "申请渠道", example = "WINDOW") ApplicationChannel channel,
        @Schema(description = "申请渠道名称", example = "窗口") String channelLabel,
        @Schema(description = "经济困难状况", example = "VERIFICATION_EXEMPT") EconomicStatus economicStatus,
        @Schema(description = "经济困难状况名称", example = "免予核查经济困难状况") String economicStatusLabel,
        @Schema(description = "收到申请日期", example = "2026-12-01") LocalDate receivedOn,
        @Schema(description = "案情摘要", example = "某建筑公司拖欠工资三个月") String summary,
        @Schema(description = "容缺受理时暂缺的材料", example = "劳动合同复印件") String missingMaterials,
        @Schema(description = "状态", example = "UNDER_REVIEW") ApplicationStatus status,
        @Schema(description = "状态名称", example = "审查中") String statusLabel,
        @Schema(description = "告知补充材料日期", example = "2026-12-02") LocalDate supplementRequestedOn,
        @Schema(description = "需补充的材料", example = "经济困难状况说明表、劳动合同") String requestedMaterials,
        @Schema(description = "材料补齐日期", example = "2026-12-03") LocalDate materialsSuppliedOn,
        @Schema(description = "先行提供的情形", example = "LIMITATION_NEAR") PreProvisionGround preProvisionGround,
        @Schema(description = "先行提供日期", example = "2026-12-02") LocalDate preProvidedOn,
        @Schema(description = "审查决定日期", example = "2026-12-03") LocalDate decidedOn,
        @Schema(description = "是否给予法律援助", example = "true") Boolean granted,
        @Schema(description = "决定理由", example = "申请人经济状况不符合经济困难标准") String decisionReason,
        @Schema(description = "收到异议日期", example = "2026-12-04") LocalDate objectionFiledOn,
        @Schema(description = "异议理由", example = "依法免予核查") String objectionReason,
        @Schema(description = "异议审查决定", example = "ORDER_CORRECTION") ObjectionResult objectionResult,
        @Schema(description = "异议审查决定日期", example = "2026-12-08") LocalDate objectionDecidedOn,
        @Schema(description = "视为撤回日期", example = "2026-12-20") LocalDate withdrawnOn,
        @Schema(description = "对方当事人") List<OpponentView> opponents,
        @Schema(description = "在押人员申请", example = "false") boolean detained,
        @Schema(description = "羁押场所", example = "长沙市看守所") String detentionPlace,
        @Schema(description = "转交法律援助机构日期", example = "2026-12-02") LocalDate forwardedOn,
        @Schema(description = "法律援助案件(给予或先行提供后)", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID caseId,
        @Schema(description = "最近一个未完成期限的届满日期(来自 core_deadline),无则为 null", example = "2026-12-08") LocalDate nextDueOn,
        @Schema(description = "法定期限") List<DeadlineView> deadlines,
        @Schema(description = "是否有期限已逾期", example = "false") boolean overdue,
        @Schema(description = "是否可修改登记信息(PUT /applications/{id}:审查中、待补充材料时)", example = "true") boolean editable,
        @Schema(description = "当前状态允许的操作(POST /applications/{id}/{action})", example = "[\"supplement-request\",\"pre-provision\",\"decision\"]") List<String> allowedActions,
        @Schema(description = "流程记录(时间线)") List<TransitionView> history,
        @Schema(description = "版本(ETag)", example = "1") long version) implements Answers.Versioned {

    @Schema(name = "LegalAidApplicantView", description = "申请人")
    public record Applicant(
            @Schema(description = "姓名", example = "王某") String name,
            @Schema(description = "身份证号码", example = "430105198001011234") String idNumber,
            @Schema(description = "联系电话", example = "13800138000") String phone,
            @Schema(description = "住址", example = "长沙市开福区某街道") String address,
            @Schema(description = "代为申请人", example = "王某某") String agentName,
            @Schema(description = "代为申请人身份", example = "GUARDIAN") AgentRelation agentRelation) {
    }
}
