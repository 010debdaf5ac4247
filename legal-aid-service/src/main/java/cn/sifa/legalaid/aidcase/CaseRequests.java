package cn.sifa.legalaid.aidcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.person.ValidCitizenId;

public final class CaseRequests {

    private CaseRequests() {
    }

    @Schema(name = "LegalAidOpponent", description = "对方当事人")
    public record OpponentRequest(
            @Schema(description = "姓名或名称", example = "某建筑公司") @NotBlank(message = "对方当事人姓名或名称不能为空") @Size(max = 100) String name,
            @Schema(description = "身份证号码(自然人,可不填)", example = "430105197501011234") @ValidCitizenId String idNumber) {
    }

    @Schema(description = "利益冲突审查的确认:审查发现冲突线索时,指派人确认仍指派并说明")
    public record ConflictConfirmation(
            @Schema(description = "已核实并确认指派", example = "true") @NotNull(message = "请确认利益冲突审查结果") Boolean confirmed,
            @Schema(description = "核实说明", example = "同名不同人,已电话核实") @Size(max = 2000) String note) {
    }

    @Schema(description = "指派法律援助人员")
    public record AssignRequest(
            @Schema(description = "法律援助人员(名册)", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") @NotNull(message = "请选择法律援助人员") UUID providerId,
            @Schema(description = "受援人选择的法律援助人员(点援制),默认否", example = "false") Boolean chosenByApplicant,
            @Schema(description = "指派日期,默认今天", example = "2026-12-03") LocalDate assignedOn,
            @Schema(description = "利益冲突审查发现线索时必填:确认仍指派") @Valid ConflictConfirmation conflictCheck) {
    }

    @Schema(description = "告知通知机关指派情况")
    public record InformNotifierRequest(
            @Schema(description = "告知日期,默认今天", example = "2026-12-03") LocalDate informedOn) {
    }

    @Schema(description = "承办服务记录")
    public record ServiceRecordRequest(
            @Schema(description = "类型", example = "MEETING") @NotNull(message = "请选择服务类型") ServiceKind kind,
            @Schema(description = "内容", example = "到看守所会见犯罪嫌疑人,告知权利义务") @NotBlank(message = "内容不能为空") @Size(max = 2000) String content,
            @Schema(description = "日期,默认今天", example = "2026-12-03") LocalDate servedOn) {
    }

    @Schema(description = "终止法律援助(法律援助法第四十八条)")
    public record TerminateRequest(
            @Schema(description = "终止情形", example = "SELF_RETAINED_COUNSEL") @NotNull(message = "请选择终止情形") TerminationGround ground,
            @Schema(description = "说明", example = "受援人已自行委托律师") @Size(max = 2000) String reason,
            @Schema(description = "终止日期,默认今天", example = "2026-12-03") LocalDate terminatedOn) {
    }

    @Schema(name = "LegalAidClosingDocument", description = "结案材料")
    public record ClosingDocumentRequest(
            @Schema(description = "材料类型", example = "CLOSING_REPORT") @NotNull(message = "请选择材料类型") ClosingDocumentType type,
            @Schema(description = "材料名称", example = "法律援助案件结案报告") @NotBlank(message = "材料名称不能为空") @Size(max = 200) String name) {
    }

    @Schema(description = "结案(法律援助法第五十条;办案补贴按本省标准计算,第五十二条)")
    public record CloseRequest(
            @Schema(description = "办理结果", example = "调解结案,用人单位支付拖欠工资") @NotBlank(message = "办理结果不能为空") @Size(max = 2000) String result,
            @Schema(description = "挽回经济损失(元)", example = "38600.00") @DecimalMin(value = "0", message = "金额不能为负")
            @Digits(integer = 12, fraction = 2, message = "金额最多两位小数") BigDecimal recoveredAmount,
            @Schema(description = "结案报告及提交的法律文书副本") @Size(max = 50, message = "结案材料最多50份") List<@NotNull @Valid ClosingDocumentRequest> documents,
            @Schema(description = "结案日期,默认今天", example = "2026-12-03") LocalDate closedOn) {
    }

    @Schema(description = "对终止法律援助决定提出异议(第四十九条)")
    public record TerminationObjectionRequest(
            @Schema(description = "异议理由", example = "受援人并未自行委托律师") @NotBlank(message = "异议理由不能为空") @Size(max = 2000) String reason,
            @Schema(description = "收到异议日期,默认今天", example = "2026-12-04") LocalDate filedOn) {
    }

    @Schema(description = "终止异议审查决定")
    public record TerminationObjectionDecisionRequest(
            @Schema(description = "决定", example = "ORDER_CORRECTION") @NotNull(message = "请选择异议审查决定") ObjectionResult result,
            @Schema(description = "理由", example = "终止理由不成立") @Size(max = 2000) String reason,
            @Schema(description = "决定日期,默认今天", example = "2026-12-08") LocalDate decidedOn) {
    }

    @Schema(description = "案卷质量评查")
    public record QualityReviewRequest(
            @Schema(description = "评查得分(0–100)", example = "92") @NotNull(message = "请填写评查得分") @Min(value = 0, message = "得分为0到100")
            @Max(value = 100, message = "得分为0到100") Integer score,
            @Schema(description = "评查意见", example = "卷宗材料齐全,办案规范") @Size(max = 2000) String comment,
            @Schema(description = "评查日期,默认今天", example = "2026-12-04") LocalDate reviewedOn) {
    }

    @Schema(description = "回访")
    public record FollowUpRequest(
            @Schema(description = "满意度", example = "SATISFIED") @NotNull(message = "请选择满意度") Satisfaction satisfaction,
            @Schema(description = "回访记录", example = "电话回访,受援人对承办律师表示满意") @Size(max = 2000) String comment,
            @Schema(description = "回访日期,默认今天", example = "2026-12-04") LocalDate followedUpOn) {
    }

    @Schema(description = "犯罪嫌疑人、被告人")
    public record Suspect(
            @Schema(description = "姓名", example = "张某") @NotBlank(message = "姓名不能为空") @Size(max = 100) String name,
            @Schema(description = "身份证号码", example = "430105200901012345") @ValidCitizenId String idNumber,
            @Schema(description = "联系电话", example = "13800138000") @Pattern(regexp = "[0-9-]{7,20}", message = "联系电话格式不正确") String phone,
            @Schema(description = "特殊群体", example = "[\"MINOR\"]") Set<SpecialGroup> specialGroups) {
    }

    @Schema(description = "通知辩护/代理(法律援助法第二十五条、第二十八条、第三十六条)")
    public record NotificationRequest(
            @Schema(description = "行政区划,默认本人所在区划", example = "430105") @Size(max = 12) String divisionCode,
            @Schema(description = "通知机关", example = "COURT") @NotNull(message = "请选择通知机关") Notifier notifier,
            @Schema(description = "通知机关名称", example = "长沙市开福区人民法院") @NotBlank(message = "通知机关名称不能为空") @Size(max = 200) String notifierName,
            @Schema(description = "通知情形", example = "LIFE_OR_DEATH") @NotNull(message = "请选择通知情形") NotificationGround ground,
            @Schema(description = "涉嫌罪名", example = "故意杀人罪") @Size(max = 200) String charge,
            @Schema(description = "犯罪嫌疑人、被告人") @NotNull(message = "请填写犯罪嫌疑人、被告人") @Valid Suspect suspect,
            @Schema(description = "对方当事人(如被害人),供利益冲突审查") @Size(max = 20, message = "对方当事人最多20个") List<@NotNull @Valid OpponentRequest> opponents,
            @Schema(description = "收到通知日期,默认今天", example = "2026-09-30") LocalDate receivedOn) {
    }
}
