package cn.sifa.legalaid.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.person.ValidCitizenId;
import cn.sifa.legalaid.aidcase.AidCategory;
import cn.sifa.legalaid.aidcase.AidForm;
import cn.sifa.legalaid.aidcase.AidMatter;
import cn.sifa.legalaid.aidcase.ObjectionResult;
import cn.sifa.legalaid.aidcase.CaseRequests.OpponentRequest;
import cn.sifa.legalaid.aidcase.SpecialGroup;

public final class ApplicationRequests {

    private ApplicationRequests() {
    }

    /**
     * 申请人. On an edit the ID number and phone may be sent back masked, as a list showed them: that keeps the stored
     * value (core {@code MaskedEdits}); stars are refused on receipt, where nothing is stored yet.
     */
    @Schema(name = "LegalAidApplicant", description = "申请人(自然人;代理人或监护人可以代为申请)")
    public record ApplicantRequest(
            @Schema(description = "姓名", example = "王某") @NotBlank(message = "申请人姓名不能为空") @Size(max = 100) String name,
            @Schema(description = "身份证号码;修改时可原样送回脱敏值(保留原值)", example = "430105198001011234") @NotBlank(message = "身份证号码不能为空") @ValidCitizenId(allowMasked = true) String idNumber,
            @Schema(description = "联系电话;修改时可原样送回脱敏值(保留原值)", example = "13800138000") @Pattern(regexp = "[0-9*-]{7,20}", message = "联系电话格式不正确") String phone,
            @Schema(description = "住址", example = "长沙市开福区某街道") @Size(max = 200) String address,
            @Schema(description = "代为申请人姓名", example = "王某某") @Size(max = 100) String agentName,
            @Schema(description = "代为申请人身份", example = "GUARDIAN") AgentRelation agentRelation) {
    }

    @Schema(description = "受理法律援助申请")
    public record CreateRequest(
            @Schema(description = "行政区划,默认本人所在区划", example = "430105") @Size(max = 12) String divisionCode,
            @Schema(description = "申请人") @NotNull(message = "请填写申请人") @Valid ApplicantRequest applicant,
            @Schema(description = "案件类别", example = "CIVIL") @NotNull(message = "请选择案件类别") AidCategory category,
            @Schema(description = "援助事项", example = "LABOUR_REMUNERATION") @NotNull(message = "请选择援助事项") AidMatter matter,
            @Schema(description = "援助形式", example = "CIVIL_ADMIN_STATE_COMP_AGENCY") @NotNull(message = "请选择援助形式") AidForm aidForm,
            @Schema(description = "特殊群体", example = "[\"MIGRANT_WORKER\"]") Set<SpecialGroup> specialGroups,
            @Schema(description = "申请渠道", example = "WINDOW") @NotNull(message = "请选择申请渠道") ApplicationChannel channel,
            @Schema(description = "经济困难状况", example = "VERIFICATION_EXEMPT") @NotNull(message = "请选择经济困难状况") EconomicStatus economicStatus,
            @Schema(description = "收到申请日期,默认今天", example = "2026-12-01") LocalDate receivedOn,
            @Schema(description = "案情摘要", example = "某建筑公司拖欠工资三个月") @NotBlank(message = "案情摘要不能为空") @Size(max = 2000) String summary,
            @Schema(description = "容缺受理:暂缺、事后补交的材料", example = "[\"劳动合同复印件\"]") List<@NotBlank @Size(max = 100) String> missingMaterials,
            @Schema(description = "对方当事人(利益冲突审查用)") @Size(max = 20, message = "对方当事人最多20个") List<@NotNull @Valid OpponentRequest> opponents,
            @Schema(description = "在押人员申请(第三十九条:办案机关、监管场所24小时内转交),默认否", example = "false") Boolean detained,
            @Schema(description = "羁押场所(在押人员申请时必填)", example = "长沙市看守所") @Size(max = 200) String detentionPlace) {
    }

    /**
     * 修改登记信息 (PUT, the whole form): what was registered at receipt, except the division (fixed) and whether the
     * applicant is detained (it decides the workflow). Status and decisions are the steps' own.
     */
    @Schema(description = "修改法律援助申请的登记信息(审查中、待补充材料时;所属区划与是否在押人员申请不可修改)")
    public record UpdateRequest(
            @Schema(description = "申请人") @NotNull(message = "请填写申请人") @Valid ApplicantRequest applicant,
            @Schema(description = "案件类别", example = "CIVIL") @NotNull(message = "请选择案件类别") AidCategory category,
            @Schema(description = "援助事项", example = "LABOUR_REMUNERATION") @NotNull(message = "请选择援助事项") AidMatter matter,
            @Schema(description = "援助形式", example = "CIVIL_ADMIN_STATE_COMP_AGENCY") @NotNull(message = "请选择援助形式") AidForm aidForm,
            @Schema(description = "特殊群体", example = "[\"MIGRANT_WORKER\"]") Set<SpecialGroup> specialGroups,
            @Schema(description = "申请渠道", example = "WINDOW") @NotNull(message = "请选择申请渠道") ApplicationChannel channel,
            @Schema(description = "经济困难状况", example = "VERIFICATION_EXEMPT") @NotNull(message = "请选择经济困难状况") EconomicStatus economicStatus,
            @Schema(description = "收到申请日期;改动时7日审查期限随之重算(仅当审查期限自收到申请之日起算)", example = "2026-12-01") @NotNull(message = "请填写收到申请日期") LocalDate receivedOn,
            @Schema(description = "案情摘要", example = "某建筑公司拖欠工资三个月") @NotBlank(message = "案情摘要不能为空") @Size(max = 2000) String summary,
            @Schema(description = "容缺受理:暂缺、事后补交的材料", example = "[\"劳动合同复印件\"]") List<@NotBlank @Size(max = 100) String> missingMaterials,
            @Schema(description = "对方当事人(利益冲突审查用)") @Size(max = 20, message = "对方当事人最多20个") List<@NotNull @Valid OpponentRequest> opponents,
            @Schema(description = "羁押场所(仅在押人员申请,且必填)", example = "长沙市看守所") @Size(max = 200) String detentionPlace) {
    }

    @Schema(description = "在押人员的申请已转交法律援助机构")
    public record ForwardedRequest(
            @Schema(description = "转交(法律援助机构收到)日期,默认今天;审查期限自该日起算", example = "2026-12-02") LocalDate forwardedOn) {
    }

    @Schema(description = "一次性告知补充材料")
    public record SupplementRequest(
            @Schema(description = "需补充的全部材料", example = "[\"经济困难状况说明表\",\"劳动合同\"]") @NotEmpty(message = "请列出需补充的全部材料")
            List<@NotBlank @Size(max = 100) String> materials,
            @Schema(description = "告知日期,默认今天", example = "2026-12-02") LocalDate requestedOn) {
    }

    @Schema(description = "材料已补齐")
    public record MaterialsSuppliedRequest(
            @Schema(description = "补齐日期,默认今天(审查期限自该日重新起算)", example = "2026-12-03") LocalDate suppliedOn) {
    }

    @Schema(description = "视为撤回申请")
    public record WithdrawnRequest(
            @Schema(description = "日期,默认今天", example = "2026-12-20") LocalDate withdrawnOn) {
    }

    @Schema(description = "先行提供法律援助(第四十四条)")
    public record PreProvisionRequest(
            @Schema(description = "情形", example = "LIMITATION_NEAR") @NotNull(message = "请选择先行提供的情形") PreProvisionGround ground,
            @Schema(description = "决定日期,默认今天", example = "2026-12-02") LocalDate providedOn) {
    }

    @Schema(description = "审查决定(第四十三条)")
    public record DecisionRequest(
            @Schema(description = "是否给予法律援助", example = "true") @NotNull(message = "请选择是否给予法律援助") Boolean granted,
            @Schema(description = "理由(不予法律援助时必填)", example = "申请人经济状况不符合经济困难标准") @Size(max = 2000) String reason,
            @Schema(description = "决定日期,默认今天", example = "2026-12-03") LocalDate decidedOn) {
    }

    @Schema(description = "异议(第四十九条)")
    public record ObjectionRequest(
            @Schema(description = "异议理由", example = "申请人系农民工请求支付劳动报酬,依法免予核查经济困难状况") @NotBlank(message = "异议理由不能为空") @Size(max = 2000) String reason,
            @Schema(description = "收到异议日期,默认今天", example = "2026-12-04") LocalDate filedOn) {
    }

    @Schema(description = "异议审查决定")
    public record ObjectionDecisionRequest(
            @Schema(description = "决定", example = "ORDER_CORRECTION") @NotNull(message = "请选择异议审查决定") ObjectionResult result,
            @Schema(description = "理由", example = "申请人符合免予核查条件") @Size(max = 2000) String reason,
            @Schema(description = "决定日期,默认今天", example = "2026-12-08") LocalDate decidedOn) {
    }
}
