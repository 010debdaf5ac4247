package cn.sifa.mediation.dispute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.person.ValidCitizenId;
import cn.sifa.core.person.ValidCreditCode;

/** Request bodies of the case endpoints (the field names are the contract). */
public final class CaseRequests {

    private CaseRequests() {
    }

    @Schema(name = "MediationCaseCreateRequest", description = "登记纠纷")
    public record CreateCaseRequest(
            @Schema(description = "行政区划代码,默认为调用方所在区划", example = "430105") String divisionCode,
            @Schema(description = "调委会 ID", example = "0b7f1c9e-52a4-4c64-9a51-3f1f8b0d2e11") UUID committeeId,
            @Schema(description = "纠纷来源", example = "PARTY_APPLICATION") @NotNull CaseSource source,
            @Schema(description = "纠纷类型", example = "NEIGHBOUR") @NotNull DisputeType disputeType,
            @Schema(description = "纠纷简要情况", example = "相邻双方因排水沟堵塞发生争执") @NotBlank @Size(max = 2000) String summary,
            @Schema(description = "涉及金额(元)", example = "12000.00") @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amountInvolved,
            @Schema(description = "收案日期,默认今天,不得晚于今天", example = "2026-11-20") LocalDate receivedOn,
            @Schema(description = "是否存在矛盾激化风险", example = "false") Boolean escalationRisk,
            @Schema(description = "当事人,至少一人") @NotEmpty @Size(max = 30) List<@Valid @NotNull PartyRequest> parties) {
    }

    @Schema(name = "MediationPartyRequest", description = "当事人")
    public record PartyRequest(
            @Schema(description = "当事人地位", example = "APPLICANT") @NotNull PartyRole role,
            @Schema(description = "自然人或组织", example = "PERSON") @NotNull PartyKind kind,
            @Schema(description = "姓名或名称", example = "张三") @NotBlank @Size(max = 100) String name,
            @Schema(description = "身份证号码(自然人)", example = "11010519491231002X") @ValidCitizenId String idNumber,
            @Schema(description = "统一社会信用代码(组织)", example = "91350100M000100Y43") @ValidCreditCode String creditCode,
            @Schema(description = "联系电话", example = "13800000000") @Size(max = 30) String phone) {
    }

    @Schema(name = "MediationCaseUpdateRequest", description = "修改案件登记信息(整体替换;不含状态、区划、调委会与调解员)")
    public record UpdateCaseRequest(
            @Schema(description = "纠纷来源", example = "PARTY_APPLICATION") @NotNull CaseSource source,
            @Schema(description = "纠纷类型", example = "NEIGHBOUR") @NotNull DisputeType disputeType,
            @Schema(description = "难易程度", example = "ORDINARY") @NotNull Difficulty difficulty,
            @Schema(description = "纠纷简要情况", example = "相邻双方因排水沟堵塞发生争执") @NotBlank @Size(max = 2000) String summary,
            @Schema(description = "涉及金额(元)", example = "12000.00") @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amountInvolved,
            @Schema(description = "当事人,至少一人;按顺序整体替换") @NotEmpty @Size(max = 30) List<@Valid @NotNull UpdatePartyRequest> parties) {
    }

    @Schema(name = "MediationPartyUpdateRequest", description = "修改后的当事人。已有当事人带 id;身份证号码或联系电话原样送回脱敏值(含 *)时保留已存的完整值")
    public record UpdatePartyRequest(
            @Schema(description = "已有当事人的 ID,新增时不填") UUID id,
            @Schema(description = "当事人地位", example = "APPLICANT") @NotNull PartyRole role,
            @Schema(description = "自然人或组织", example = "PERSON") @NotNull PartyKind kind,
            @Schema(description = "姓名或名称", example = "张三") @NotBlank @Size(max = 100) String name,
            @Schema(description = "身份证号码(自然人);完整号码,或已有当事人的脱敏值", example = "110105********002X") @Size(max = 18) String idNumber,
            @Schema(description = "统一社会信用代码(组织)", example = "91350100M000100Y43") @ValidCreditCode String creditCode,
            @Schema(description = "联系电话;完整号码,或已有当事人的脱敏值", example = "13800000000") @Size(max = 30) String phone) {
    }

    @Schema(description = "受理")
    public record AcceptRequest(
            @Schema(description = "受理日期,默认今天", example = "2026-11-20") LocalDate acceptedOn,
            @Schema(description = "承办调委会 ID") UUID committeeId,
            @Schema(description = "调解员 ID,至少一名") @NotEmpty @Size(max = 10) List<@NotNull UUID> mediatorIds,
            @Schema(description = "难易程度,默认 ORDINARY", example = "ORDINARY") Difficulty difficulty) {
    }

    @Schema(description = "不予受理")
    public record DeclineRequest(
            @Schema(description = "决定日期,默认今天", example = "2026-11-20") LocalDate declinedOn,
            @Schema(description = "理由", example = "被申请人明确表示拒绝调解") @NotBlank @Size(max = 1000) String reason,
            @Schema(description = "理由类别,默认 OTHER;当事人拒绝调解为 PARTY_REFUSED(第十七条)", example = "PARTY_REFUSED") DeclineReason reasonCode,
            @Schema(description = "已告知当事人的其他解决途径") @Size(max = 7) List<@NotNull ResolutionRoute> routes) {
    }

    @Schema(description = "调解记录")
    public record SessionRequest(
            @Schema(description = "调解日期,默认今天", example = "2026-11-21") LocalDate heldOn,
            @Schema(description = "调解地点", example = "东风路街道人民调解委员会调解室") @NotBlank @Size(max = 200) String place,
            @Schema(description = "参与调解的调解员 ID,默认为受理时指定的调解员") @Size(max = 10) List<@NotNull UUID> mediatorIds,
            @Schema(description = "参加人员") @Size(max = 30) List<@Valid @NotNull AttendeeRequest> attendees,
            @Schema(description = "当事人已同意受邀人员参与(第二十条)", example = "true") Boolean inviteesConsented,
            @Schema(description = "是否公开调解(第二十三条)", example = "false") Boolean publicSession,
            @Schema(description = "调解情况记录", example = "双方陈述事实,调解员释法说理") @NotBlank @Size(max = 4000) String notes) {
    }

    @Schema(description = "参加人员")
    public record AttendeeRequest(
            @Schema(description = "姓名", example = "李四") @NotBlank @Size(max = 100) String name,
            @Schema(description = "身份", example = "INVITED") @NotNull AttendeeKind kind,
            @Schema(description = "与当事人关系或单位职务", example = "村委会主任") @Size(max = 100) String relation) {
    }

    @Schema(description = "报告矛盾激化风险(第二十五条)")
    public record EscalationReportRequest(
            @Schema(description = "报告日期,默认今天", example = "2026-11-21") LocalDate reportedOn,
            @Schema(description = "接报公安机关", example = "开福区公安分局东风路派出所") @NotBlank @Size(max = 100) String policeStation,
            @Schema(description = "已采取的预防措施", example = "分别稳控双方情绪,约定三日内再次调解") @Size(max = 1000) String measures) {
    }

    @Schema(description = "调解协议")
    public record AgreementRequest(
            @Schema(description = "协议形式", example = "WRITTEN") @NotNull AgreementForm form,
            @Schema(description = "协议内容", example = "被申请人于2026年12月31日前一次性赔偿申请人8000元") @NotBlank @Size(max = 4000) String terms,
            @Schema(description = "协议金额(元),计入争取赔(补)偿金额", example = "8000.00") @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @Schema(description = "生效日期:书面协议为最后签名、盖章或按指印之日,口头协议为达成之日;默认今天", example = "2026-11-21") LocalDate effectiveOn,
            @Schema(description = "履行期限", example = "2026-12-31") LocalDate performBy) {
    }

    @Schema(description = "终止调解")
    public record FailRequest(
            @Schema(description = "终止日期,默认今天", example = "2026-11-21") LocalDate failedOn,
            @Schema(description = "终止理由", example = "双方分歧较大,未能达成协议") @NotBlank @Size(max = 1000) String reason,
            @Schema(description = "已告知当事人的其他解决途径(第二十六条)") @Size(max = 7) List<@NotNull ResolutionRoute> routes) {
    }

    @Schema(description = "履行情况")
    public record PerformanceRequest(
            @Schema(description = "履行结果", example = "PERFORMED") @NotNull PerformanceResult result,
            @Schema(description = "核实日期,默认今天", example = "2026-12-31") LocalDate checkedOn,
            @Schema(description = "说明", example = "赔偿款已当面付清") @Size(max = 1000) String note) {
    }

    @Schema(description = "司法确认:首次提交登记申请(可同时登记裁定结果),再次提交登记法院裁定")
    public record JudicialConfirmationRequest(
            @Schema(description = "申请日期,默认今天", example = "2026-11-25") LocalDate appliedOn,
            @Schema(description = "法院立案日期(审查期限自立案之日起算,民诉法第一百八十七条),默认为申请日期;不得早于申请日期,不得晚于今天",
                    example = "2026-11-27") LocalDate registeredOn,
            @Schema(description = "受理法院", example = "长沙市开福区人民法院") @Size(max = 100) String court,
            @Schema(description = "裁定结果", example = "CONFIRMED") ConfirmationResult result,
            @Schema(description = "裁定日期,默认今天", example = "2026-12-10") LocalDate decidedOn) {
    }

    @Schema(description = "回访")
    public record FollowUpRequest(
            @Schema(description = "回访日期,默认今天", example = "2026-12-15") LocalDate visitedOn,
            @Schema(description = "回访方式", example = "PHONE") @NotNull FollowUpMethod method,
            @Schema(description = "回访人", example = "王调解员") @Size(max = 100) String visitor,
            @Schema(description = "回访情况", example = "协议已履行,双方关系缓和") @NotBlank @Size(max = 2000) String notes,
            @Schema(description = "当事人是否满意", example = "true") Boolean satisfied) {
    }

    @Schema(description = "归档")
    public record ArchiveRequest(
            @Schema(description = "归档日期,默认今天", example = "2026-12-20") LocalDate archivedOn,
            @Schema(description = "备注", example = "卷宗材料齐全") @Size(max = 500) String note) {
    }
}
