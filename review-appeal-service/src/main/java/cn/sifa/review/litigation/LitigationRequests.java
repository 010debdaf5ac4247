package cn.sifa.review.litigation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.review.reconsideration.ActCategory;

/** The request bodies of the litigation endpoints. */
public final class LitigationRequests {

    private LitigationRequests() {
    }

    @Schema(description = "行政诉讼案件(收到起诉状副本)")
    public record LawsuitRequest(
            @Schema(description = "行政区划,默认调用方所在区划", example = "430105") @Size(max = 12) String divisionCode,
            @Schema(description = "承办人(用户名)", example = "kaifu-yingsu") @Size(max = 100) String assignee,
            @Schema(description = "法院", example = "长沙市开福区人民法院") @NotBlank(message = "法院不能为空") @Size(max = 200) String court,
            @Schema(description = "法院案号", example = "(2026)湘0105行初123号") @NotBlank(message = "案号不能为空") @Size(max = 100) String courtCaseNo,
            @Schema(description = "审级", example = "FIRST") @NotNull(message = "审级不能为空") Instance instance,
            @Schema(description = "原告", example = "张三") @NotBlank(message = "原告不能为空") @Size(max = 500) String plaintiff,
            @Schema(description = "被告(复议维持的,原机关与复议机关为共同被告,第26条)", example = "[\"某区人民政府\",\"某区市场监督管理局\"]")
            @NotEmpty(message = "至少一个被告") @Size(max = 10)
            List<@NotBlank @Size(max = 90) @Pattern(regexp = "[^、]*", message = "名称不能含顿号") String> defendantAgencies,
            @Schema(description = "相关的行政复议案件", example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID relatedReconsiderationId,
            @Schema(description = "被诉行政行为类别", example = "PENALTY") @NotNull(message = "行政行为类别不能为空") ActCategory actCategory,
            @Schema(description = "收到起诉状副本日期,默认今天", example = "2026-11-02") LocalDate summonsReceivedOn,
            @Schema(description = "立案日期(二审为法院收到上诉状日期);填写后开启法院审理期限(第81、83、88条)", example = "2026-10-28") LocalDate registeredOn,
            @Schema(description = "法院适用的程序,默认 ORDINARY;SIMPLE 仅限一审(第82、83条)", example = "ORDINARY") CourtProcedure courtProcedure) {
    }

    @Schema(description = "法院裁定简易程序转为普通程序(行政诉讼法第84条)")
    public record CourtProcedureConversionRequest(
            @Schema(description = "裁定日期,默认今天", example = "2026-11-20") LocalDate convertedOn,
            @Schema(description = "说明", example = "案情复杂,不宜适用简易程序") @Size(max = 300, message = "说明不能超过300字") String note) {
    }

    @Schema(description = "法院延长审理期限(行政诉讼法第81、88条)")
    public record CourtExtensionRequest(
            @Schema(description = "延长月数", example = "3") @NotNull(message = "延长月数不能为空") @jakarta.validation.constraints.Min(value = 1, message = "至少延长1个月") @jakarta.validation.constraints.Max(value = 12, message = "一次最多延长12个月") Integer months,
            @Schema(description = "批准法院", example = "湖南省高级人民法院") @NotBlank(message = "批准法院不能为空") @Size(max = 100) String approvedBy,
            @Schema(description = "批准日期,默认今天", example = "2026-12-01") LocalDate approvedOn) {
    }

    @Schema(description = "出庭通知书(出庭应诉规定第4、5条)")
    public record HearingNoticeRequest(
            @Schema(description = "出庭通知书送达日期,默认今天", example = "2026-11-16") LocalDate servedOn,
            @Schema(description = "开庭日期", example = "2026-11-20") @NotNull(message = "开庭日期不能为空") LocalDate hearingOn,
            @Schema(description = "法院通知行政机关负责人出庭", example = "true") Boolean headRequired,
            @Schema(description = "说明", example = "涉及食品药品安全") @Size(max = 1000) String note) {
    }

    @Schema(description = "提交答辩状及证据")
    public record DefenceRequest(
            @Schema(description = "提交日期,默认今天", example = "2026-11-12") LocalDate filedOn,
            @Schema(description = "已提交证据", example = "true") @NotNull(message = "须说明是否提交证据") Boolean evidenceFiled,
            @Schema(description = "已提交所依据的规范性文件", example = "true") Boolean normativeDocumentsFiled) {
    }

    @Schema(description = "开庭与出庭应诉")
    public record HearingRequest(
            @Schema(description = "开庭日期", example = "2026-11-20") @NotNull(message = "开庭日期不能为空") LocalDate heldOn,
            @Schema(description = "出庭人员身份", example = "DEPUTY_HEAD") @NotNull(message = "出庭人员身份不能为空") AppearanceRole appearanceRole,
            @Schema(description = "出庭人员姓名", example = "李副区长") @NotBlank(message = "出庭人员姓名不能为空") @Size(max = 100) String appearedName,
            @Schema(description = "负责人未出庭的理由(工作人员出庭时必填)", example = "IRREPLACEABLE_DUTY") AbsenceReason absenceReason,
            @Schema(description = "已提交负责人不能出庭的证明材料", example = "true") Boolean absenceProofFiled,
            @Schema(description = "负责人在庭上发言", example = "true") Boolean headSpoke,
            @Schema(description = "法院通知负责人出庭", example = "false") Boolean courtRequiredHead) {
    }

    @Schema(description = "判决或裁定")
    public record JudgmentRequest(
            @Schema(description = "结果(判决或裁定)", example = "REJECT") @NotNull(message = "裁判结果不能为空") LitigationOutcome outcome,
            @Schema(description = "裁判日期,默认今天", example = "2026-12-01") LocalDate judgedOn,
            @Schema(description = "收到裁判文书日期,默认裁判日期;上诉期自此起算", example = "2026-12-02") LocalDate receivedOn) {
    }

    @Schema(description = "上诉")
    public record AppealRequest(
            @Schema(description = "上诉方", example = "原告") @NotBlank(message = "上诉方不能为空") @Size(max = 100) String appellant,
            @Schema(description = "上诉日期,默认今天", example = "2026-12-10") LocalDate appealedOn) {
    }

    @Schema(description = "裁判生效(上诉期届满未上诉)")
    public record EffectiveRequest(
            @Schema(description = "生效日期,默认今天", example = "2026-12-20") LocalDate effectiveOn) {
    }

    @Schema(description = "履行生效裁判(败诉案件)")
    public record PerformanceRequest(
            @Schema(description = "履行情况", example = "已撤销原处罚决定并重新作出") @NotBlank(message = "履行情况不能为空") @Size(max = 500) String note,
            @Schema(description = "履行日期,默认今天", example = "2027-01-15") LocalDate performedOn) {
    }

    @Schema(description = "败诉责任追究")
    public record AccountabilityRequest(
            @Schema(description = "被追责人", example = "王某") @NotBlank(message = "被追责人不能为空") @Size(max = 100) String person,
            @Schema(description = "职务", example = "法制科科长") @Size(max = 100) String position,
            @Schema(description = "处理方式", example = "ADMONISHMENT") @NotNull(message = "处理方式不能为空") AccountabilityMeasure measure,
            @Schema(description = "决定日期,默认今天", example = "2026-12-20") LocalDate decidedOn,
            @Schema(description = "说明", example = "未按期举证导致败诉") @Size(max = 1000) String note) {
    }
}
