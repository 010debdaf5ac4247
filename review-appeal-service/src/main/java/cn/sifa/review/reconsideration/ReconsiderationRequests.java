package cn.sifa.review.reconsideration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonCreator;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.person.ValidCitizenId;
import cn.sifa.core.person.ValidCreditCode;

/** The request bodies of the reconsideration endpoints. */
public final class ReconsiderationRequests {

    private ReconsiderationRequests() {
    }

    @Schema(description = "被申请人(作出行政行为的行政机关)")
    public record RespondentAgency(
            @Schema(description = "名称", example = "某县市场监督管理局") @NotBlank(message = "被申请人名称不能为空") @Size(max = 200) String name,
            @Schema(description = "统一社会信用代码(校验码按 GB 32100 核对)", example = "91430105562459083D") @ValidCreditCode String creditCode) {
    }

    @Schema(name = "ReconsiderationPartyRequest", description = "申请人或第三人(自然人填身份证号码,法人或其他组织填统一社会信用代码);"
            + "旧的写法——只有姓名的字符串——仍被接受,视为自然人")
    public record PartyRequest(
            @Schema(description = "类别", example = "NATURAL_PERSON") @NotNull(message = "当事人类别不能为空") PartyKind kind,
            @Schema(description = "姓名或名称", example = "张三") @NotBlank(message = "姓名或名称不能为空") @Size(max = 100)
            @Pattern(regexp = "[^、]*", message = "姓名不能含顿号") String name,
            @Schema(description = "身份证号码(自然人;校验码按 GB 11643 核对)", example = "11010519491231002X") @ValidCitizenId String idNumber,
            @Schema(description = "统一社会信用代码(法人或其他组织;按 GB 32100 核对)", example = "91430105562459083D") @ValidCreditCode String creditCode,
            @Schema(description = "联系电话", example = "13800000001") @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]*", message = "电话只能含数字、+、- 和空格") String phone,
            @Schema(description = "住所或通讯地址", example = "长沙市开福区芙蓉中路一段1号") @Size(max = 200) String address,
            @Schema(description = "委托代理人(第17条)") @Valid AgentRequest agent) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public PartyRequest {
        }

        /** The earlier shape: a plain name, taken as a natural person without further details. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static PartyRequest ofName(String name) {
            return new PartyRequest(PartyKind.NATURAL_PERSON, name, null, null, null, null, null);
        }
    }

    @Schema(description = "委托代理人")
    public record AgentRequest(
            @Schema(description = "姓名", example = "王律师") @NotBlank(message = "代理人姓名不能为空") @Size(max = 100) String name,
            @Schema(description = "联系电话", example = "13900000002") @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]*", message = "电话只能含数字、+、- 和空格") String phone) {
    }

    @Schema(description = "规范性文件附带审查申请(第13条)")
    public record NormativeDocumentRequest(
            @Schema(description = "规范性文件名称及文号", example = "《某区罚款裁量基准》(某政发〔2025〕3号)") @NotBlank(message = "规范性文件不能为空") @Size(max = 300) String document,
            @Schema(description = "制定机关", example = "某区人民政府") @NotBlank(message = "制定机关不能为空") @Size(max = 200) String issuingBody,
            @Schema(description = "请求审查的条款", example = "第5条") @Size(max = 500) String provisions) {
    }

    @Schema(description = "行政复议申请")
    public record ApplicationRequest(
            @Schema(description = "行政区划,默认调用方所在区划", example = "430105") @Size(max = 12) String divisionCode,
            @Schema(description = "承办人(用户名)", example = "kaifu-fuyi") @Size(max = 100) String assignee,
            @Schema(description = "申请人") @NotEmpty(message = "至少一名申请人") @Size(max = 20)
            List<@NotNull(message = "申请人不能为空") @Valid PartyRequest> applicants,
            @Schema(description = "第三人") @Size(max = 20) List<@NotNull(message = "第三人不能为空") @Valid PartyRequest> thirdParties,
            @Schema(description = "被申请人") @NotNull(message = "被申请人不能为空") @Valid RespondentAgency respondentAgency,
            @Schema(description = "行政行为类别", example = "PENALTY") @NotNull(message = "行政行为类别不能为空") ActCategory actCategory,
            @Schema(description = "被申请的行政行为", example = "罚款2000元的行政处罚决定") @NotBlank(message = "行政行为不能为空") @Size(max = 2000) String actDescription,
            @Schema(description = "行政行为作出日期", example = "2026-10-20") LocalDate actDate,
            @Schema(description = "知道该行政行为之日", example = "2026-10-22") @NotNull(message = "知道行政行为之日不能为空") LocalDate knewOn,
            @Schema(description = "收到申请日期,默认今天", example = "2026-11-02") LocalDate receivedOn,
            @Schema(description = "复议请求", example = "撤销该行政处罚决定") @NotBlank(message = "复议请求不能为空") @Size(max = 2000) String requests,
            @Schema(description = "涉案金额(元)", example = "2000.00") @DecimalMin(value = "0", message = "金额不能为负") @Digits(integer = 12, fraction = 2) BigDecimal amountInvolved,
            @Schema(description = "申请方式", example = "WRITTEN") @NotNull(message = "申请方式不能为空") ApplicationChannel channel,
            @Schema(description = "一并提出的规范性文件附带审查申请(第13条;只有一件时的旧写法,与 normativeReviews 并用亦可)") @Valid NormativeDocumentRequest normativeReview,
            @Schema(description = "一并提出的规范性文件附带审查申请(第13条),一件文件一项,同一文件不得重复") @Size(max = 20)
            List<@NotNull(message = "附带审查申请不能为空") @Valid NormativeDocumentRequest> normativeReviews) {
    }

    @Schema(description = "受理审查结论")
    public record AcceptanceRequest(
            @Schema(description = "结论", example = "ACCEPT") @NotNull(message = "审查结论不能为空") AcceptanceDecision decision,
            @Schema(description = "审理程序(受理时必填)", example = "ORDINARY") ReviewProcedure procedure,
            @Schema(description = "适用简易程序的情形(简易程序必填)", example = "SMALL_AMOUNT") SimpleProcedureGround simpleGround,
            @Schema(description = "受理日期/决定日期,默认今天;复议决定期限自此起算", example = "2026-11-05") LocalDate decidedOn,
            @Schema(description = "理由(不予受理、补正时必填)", example = "申请材料齐全") @Size(max = 1000) String reason,
            @Schema(description = "有管辖权的复议机关(不予受理时必填)", example = "某市人民政府") @Size(max = 200) String competentBody,
            @Schema(description = "重大、疑难、复杂案件(第50条听证、第52条咨询均为必经;不适用简易程序)", example = "false") Boolean majorComplex,
            @Schema(description = "专业性、技术性较强(第52条:须提请行政复议委员会咨询)", example = "false") Boolean highlyTechnical) {
    }

    @Schema(description = "补正材料收到")
    public record CorrectionRequest(
            @Schema(description = "收到补正材料日期,默认今天", example = "2026-11-10") LocalDate receivedOn) {
    }

    @Schema(description = "视为放弃(补正期限届满未补正)")
    public record AbandonmentRequest(
            @Schema(description = "日期,默认今天", example = "2026-11-25") LocalDate abandonedOn) {
    }

    @Schema(description = "发送申请书副本")
    public record CopySentRequest(
            @Schema(description = "发送日期,默认今天", example = "2026-11-06") LocalDate sentOn,
            @Schema(description = "被申请人收到日期,默认发送日期;答复期限自此起算", example = "2026-11-07") LocalDate respondentReceivedOn) {
    }

    @Schema(description = "被申请人答复")
    public record ReplyRequest(
            @Schema(description = "答复日期(或确认未答复的日期),默认今天", example = "2026-11-16") LocalDate repliedOn,
            @Schema(description = "true:被申请人未按期答复(第70条)", example = "false") Boolean noReply) {
    }

    @Schema(description = "听证")
    public record HearingRequest(
            @Schema(description = "听证通知送达日期", example = "2026-11-17") @NotNull(message = "听证通知日期不能为空") LocalDate noticeOn,
            @Schema(description = "听证日期", example = "2026-11-25") @NotNull(message = "听证日期不能为空") LocalDate heldOn,
            @Schema(description = "听证笔录摘要", example = "双方陈述意见,质证") @NotBlank(message = "听证笔录不能为空") @Size(max = 2000) String record,
            @Schema(description = "申请人无正当理由拒不参加(视为放弃听证权利,第51条)", example = "false") Boolean applicantAbsent) {
    }

    @Schema(description = "行政复议委员会咨询")
    public record ConsultationRequest(
            @Schema(description = "咨询日期,默认今天", example = "2026-11-26") LocalDate consultedOn,
            @Schema(description = "咨询意见", example = "建议撤销") @NotBlank(message = "咨询意见不能为空") @Size(max = 2000) String opinion) {
    }

    @Schema(description = "延期审理")
    public record ExtensionRequest(
            @Schema(description = "延长天数(≤30)", example = "30") @NotNull(message = "延长天数不能为空") @Min(value = 1, message = "至少延长1日") @Max(value = 30, message = "最多延长30日") Integer days,
            @Schema(description = "批准人(复议机构负责人)", example = "王局长") @NotBlank(message = "批准人不能为空") @Size(max = 100) String approvedBy,
            @Schema(description = "批准日期,默认今天", example = "2026-12-01") LocalDate approvedOn) {
    }

    @Schema(description = "中止")
    public record SuspensionRequest(
            @Schema(description = "中止情形(第39条)", example = "AGREED_MEDIATION") @NotNull(message = "中止情形不能为空") SuspensionGround ground,
            @Schema(description = "说明", example = "双方申请和解") @Size(max = 1000) String reason,
            @Schema(description = "中止日期,默认今天", example = "2026-11-20") LocalDate suspendedOn) {
    }

    @Schema(description = "恢复审理")
    public record ResumptionRequest(
            @Schema(description = "恢复日期,默认今天", example = "2026-12-01") LocalDate resumedOn) {
    }

    @Schema(description = "调解结果")
    public record MediationRequest(
            @Schema(description = "true:达成调解书;false:调解不成", example = "true") @NotNull(message = "调解结果不能为空") Boolean succeeded,
            @Schema(description = "说明(调解书编号等)", example = "调解书已签收") @Size(max = 1000) String note,
            @Schema(description = "日期,默认今天", example = "2026-11-30") LocalDate mediatedOn) {
    }

    @Schema(description = "复议决定")
    public record DecisionRequest(
            @Schema(description = "决定结果", example = "REVOKE") @NotNull(message = "决定结果不能为空") ReconsiderationOutcome outcome,
            @Schema(description = "决定日期,默认今天", example = "2026-12-02") LocalDate decidedOn,
            @Schema(description = "批准方式", example = "HEAD") @NotNull(message = "批准方式不能为空") ApprovalMode approvalMode,
            @Schema(description = "批准人(负责人或集体讨论主持人)", example = "县长 赵某") @NotBlank(message = "批准人不能为空") @Size(max = 100) String approvedBy,
            @Schema(description = "理由", example = "认定事实不清") @Size(max = 1000) String reason) {
    }

    @Schema(description = "送达复议决定书")
    public record ServiceRequest(
            @Schema(description = "送达日期,默认今天", example = "2026-12-03") LocalDate servedOn) {
    }

    @Schema(description = "起诉期届满未起诉")
    public record FinalityRequest(
            @Schema(description = "日期,默认今天", example = "2026-12-20") LocalDate finalOn) {
    }

    @Schema(description = "撤回申请")
    public record WithdrawalRequest(
            @Schema(description = "true:和解后撤回(第74条)", example = "true") Boolean settlement,
            @Schema(description = "理由", example = "双方达成和解") @Size(max = 1000) String reason,
            @Schema(description = "撤回日期,默认今天", example = "2026-11-28") LocalDate withdrawnOn) {
    }

    @Schema(description = "简易程序转为普通程序")
    public record ConversionRequest(
            @Schema(description = "批准人(复议机构负责人)", example = "王某") @NotBlank(message = "批准人不能为空") @Size(max = 100) String approvedBy,
            @Schema(description = "批准日期,默认今天", example = "2026-11-10") LocalDate approvedOn) {
    }

    @Schema(description = "行政复议意见书")
    public record AdviceLetterRequest(
            @Schema(description = "致送机关", example = "某区市场监督管理局") @NotBlank(message = "致送机关不能为空") @Size(max = 200) String agency,
            @Schema(description = "意见内容", example = "规范罚款裁量") @NotBlank(message = "意见内容不能为空") @Size(max = 2000) String content,
            @Schema(description = "制发日期,默认今天", example = "2026-12-01") LocalDate issuedOn) {
    }

    @Schema(description = "意见书的跟踪:纠正情况报告或回访复盘")
    public record FollowUpRequest(
            @Schema(description = "CORRECTION_REPORT:纠正情况报告;REVIEW_VISIT:回访复盘", example = "CORRECTION_REPORT")
            @NotNull(message = "跟踪种类不能为空") @Pattern(regexp = "CORRECTION_REPORT|REVIEW_VISIT", message = "跟踪种类为 CORRECTION_REPORT 或 REVIEW_VISIT") String kind,
            @Schema(description = "说明", example = "已重新作出处罚决定") @NotBlank(message = "说明不能为空") @Size(max = 2000) String note,
            @Schema(description = "日期,默认今天", example = "2026-12-20") LocalDate on) {
    }

    @Schema(description = "案件定性(第50、52条);未填写的项保持不变")
    public record ClassificationRequest(
            @Schema(description = "重大、疑难、复杂(听证、委员会咨询均为必经)", example = "true") Boolean majorComplex,
            @Schema(description = "专业性、技术性较强(须咨询)", example = "false") Boolean highlyTechnical,
            @Schema(description = "第24条第2款规定的案件(须咨询)", example = "false") Boolean article24Case,
            @Schema(description = "行政复议机构认为有必要咨询", example = "false") Boolean consultationNecessary,
            @Schema(description = "申请人请求听证(第50条第2款:可以组织听证)", example = "false") Boolean hearingRequested,
            @Schema(description = "说明", example = "涉及重大公共利益") @Size(max = 1000) String note,
            @Schema(description = "日期,默认今天", example = "2026-11-10") LocalDate classifiedOn) {
    }

    @Schema(description = "启动申请人一并提出的附带审查(行政复议中止;已中止的继续中止)")
    public record NormativeStartRequest(
            @Schema(description = "本机关有权处理(否则须转送)", example = "true") @NotNull(message = "须说明本机关是否有权处理") Boolean competent,
            @Schema(description = "审查的条款(不填则为申请时所提)", example = "第5条") @Size(max = 500) String provisions,
            @Schema(description = "启动日期,默认今天", example = "2026-11-10") LocalDate startedOn) {
    }

    @Schema(description = "启动一项新的规范性文件附带审查(第56、57条;行政复议中止,已因附带审查中止的继续中止)")
    public record NormativeReviewRequest(
            @Schema(description = "来源,默认 APPLICANT_REQUEST", example = "APPLICANT_REQUEST") NormativeReviewSource source,
            @Schema(description = "规范性文件名称及文号(本案已有同一文件的附带审查时为 400)", example = "《某区罚款裁量基准》") @Size(max = 300) String document,
            @Schema(description = "制定机关", example = "某区人民政府") @Size(max = 200) String issuingBody,
            @Schema(description = "审查的条款", example = "第5条") @Size(max = 500) String provisions,
            @Schema(description = "本机关有权处理(否则须转送)", example = "true") @NotNull(message = "须说明本机关是否有权处理") Boolean competent,
            @Schema(description = "启动(中止)日期,默认今天", example = "2026-11-10") LocalDate startedOn) {
    }

    @Schema(description = "书面通知制定机关答复(第58条)")
    public record NormativeNoticeRequest(
            @Schema(description = "通知日期,默认今天", example = "2026-11-11") LocalDate notifiedOn,
            @Schema(description = "制定机关收到日期,默认通知日期;答复期限自此起算", example = "2026-11-12") LocalDate drafterReceivedOn) {
    }

    @Schema(description = "转送有权处理的机关(第56、57条)")
    public record NormativeTransferRequest(
            @Schema(description = "接受转送的机关", example = "某市人民政府") @NotBlank(message = "接受转送的机关不能为空") @Size(max = 200) String transferee,
            @Schema(description = "转送日期,默认今天", example = "2026-11-12") LocalDate transferredOn,
            @Schema(description = "接受转送的机关收到日期,默认转送日期;回复期限自此起算", example = "2026-11-13") LocalDate transfereeReceivedOn) {
    }

    @Schema(description = "制定机关答复或接受转送机关的处理意见")
    public record NormativeReplyRequest(
            @Schema(description = "答复内容", example = "第5条系依据上位法制定") @NotBlank(message = "答复内容不能为空") @Size(max = 2000) String reply,
            @Schema(description = "收到日期,默认今天", example = "2026-11-20") LocalDate repliedOn) {
    }

    @Schema(description = "附带审查结论(恢复审理)")
    public record NormativeResultRequest(
            @Schema(description = "结论", example = "LAWFUL") @NotNull(message = "审查结论不能为空") NormativeReviewResult result,
            @Schema(description = "说明", example = "在复议决定书中一并告知") @Size(max = 2000) String note,
            @Schema(description = "结论日期(恢复审理日期),默认今天", example = "2026-11-25") LocalDate concludedOn) {
    }
}
