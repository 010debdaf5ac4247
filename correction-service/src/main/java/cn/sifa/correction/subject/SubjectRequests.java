package cn.sifa.correction.subject;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

public final class SubjectRequests {

    private SubjectRequests() {
    }

    @Schema(name = "CorrectionSubjectRequest", description = "社区矫正对象交付接收")
    public record IntakeRequest(
            @Schema(description = "身份信息") @NotNull(message = "身份信息不能为空") @Valid PersonRequest person,
            @Schema(description = "性别", example = "MALE") @NotNull(message = "性别不能为空") Gender gender,
            @Schema(description = "是否未成年人,默认按身份证号码出生日期与判决生效日计算", example = "false") Boolean minor,
            @Schema(description = "社区矫正类别", example = "PROBATION") @NotNull(message = "矫正类别不能为空") SubjectKind kind,
            @Schema(description = "暂予监外执行的情形(仅暂予监外执行)", example = "MEDICAL_PAROLE") TempOutsideReason tempOutsideReason,
            @Schema(description = "决定机关", example = "长沙市开福区人民法院") @NotBlank(message = "决定机关不能为空") @Size(max = 100) String decidingAuthority,
            @Schema(description = "判决、裁定生效日期(或暂予监外执行决定、批准日期)", example = "2026-11-25") @NotNull(message = "生效日期不能为空") LocalDate judgmentEffectiveOn,
            @Schema(description = "矫正期限起始日", example = "2026-11-25") @NotNull(message = "矫正期限起始日不能为空") LocalDate termStart,
            @Schema(description = "矫正期限截止日", example = "2028-11-24") @NotNull(message = "矫正期限截止日不能为空") LocalDate termEnd,
            @Schema(description = "罪名", example = "危险驾驶罪") @NotBlank(message = "罪名不能为空") @Size(max = 100) String crime,
            @Schema(description = "执行的社区矫正机构或受委托的司法所,默认本行政区划的社区矫正机构") UUID executingOrgId) {
    }

    @Schema(name = "CorrectionReportInRequest", description = "报到登记、建档、宣告")
    public record ReportInRequest(
            @Schema(description = "报到日期,默认今天", example = "2026-12-01") LocalDate reportedOn,
            @Schema(description = "宣告日期", example = "2026-12-01") LocalDate announcedOn) {
    }

    @Schema(name = "CorrectionTeamRequest", description = "确定矫正小组")
    public record TeamRequest(
            @Schema(description = "小组成员(姓名与身份)", example = "王司法所长、李社工、张志愿者") @NotBlank(message = "小组成员不能为空") @Size(max = 500) String members,
            @Schema(description = "是否有女性成员(女性对象必须有)", example = "true") @NotNull(message = "请说明是否有女性成员") Boolean includesWoman,
            @Schema(description = "日期,默认今天", example = "2026-12-01") LocalDate setUpOn) {
    }

    @Schema(name = "CorrectionPlanRequest", description = "制定矫正方案")
    public record PlanRequest(
            @Schema(description = "矫正方案", example = "每周电话报告,每月集中教育") @NotBlank(message = "矫正方案不能为空") @Size(max = 2000) String plan,
            @Schema(description = "日期,默认今天", example = "2026-12-01") LocalDate setOn) {
    }

    @Schema(name = "CorrectionSupervisionLevelRequest", description = "确定或调整分类管理等级")
    public record LevelRequest(
            @Schema(description = "管理等级", example = "NORMAL") @NotNull(message = "管理等级不能为空") SupervisionLevel level,
            @Schema(description = "日期,默认今天", example = "2026-12-02") LocalDate setOn) {
    }

    @Schema(name = "CorrectionCheckInRequest", description = "报告")
    public record CheckInRequest(
            @Schema(description = "报告种类,默认定期报告", example = "REGULAR") CheckInType type,
            @Schema(description = "报告日期,默认今天", example = "2026-12-03") LocalDate checkedInOn,
            @Schema(description = "情况", example = "电话报告,工作生活正常") @Size(max = 500) String note) {
    }

    @Schema(name = "CorrectionMeasureRequest", description = "奖惩措施")
    public record MeasureRequest(
            @Schema(description = "措施", example = "ADMONITION") @NotNull(message = "措施不能为空") CorrectionMeasure measure,
            @Schema(description = "事实", example = "未经批准离开所居住的县") @NotBlank(message = "事实不能为空") @Size(max = 2000) String facts,
            @Schema(description = "证据", example = "定位记录、谈话笔录") @Size(max = 2000) String evidence,
            @Schema(description = "决定日期,默认今天", example = "2026-12-03") LocalDate decidedOn) {
    }

    @Schema(name = "CorrectionDecisionRequest", description = "不予撤销/不予收监")
    public record RejectionRequest(
            @Schema(description = "裁定、决定日期,默认今天", example = "2026-12-20") LocalDate decidedOn,
            @Schema(description = "理由", example = "人民法院裁定不予撤销缓刑") @NotBlank(message = "理由不能为空") @Size(max = 500) String reason) {
    }

    @Schema(name = "CorrectionLostContactRequest", description = "脱管")
    public record LostContactRequest(
            @Schema(description = "失去联系之日", example = "2026-12-01") @NotNull(message = "失去联系日期不能为空") LocalDate since,
            @Schema(description = "查找情况", example = "已联系家属并通报公安机关协查") @NotBlank(message = "查找情况不能为空") @Size(max = 2000) String search) {
    }

    @Schema(name = "CorrectionFoundRequest", description = "找回")
    public record FoundRequest(
            @Schema(description = "找回日期,默认今天", example = "2026-12-04") LocalDate foundOn,
            @Schema(description = "查找结果", example = "在外地务工,已责令返回") @NotBlank(message = "查找结果不能为空") @Size(max = 2000) String finding) {
    }

    @Schema(name = "CorrectionDischargePreparationRequest", description = "解矫准备(期满前30日起)")
    public record DischargePreparationRequest(
            @Schema(description = "个人总结", example = "遵纪守法,按时报告") @NotBlank(message = "个人总结不能为空") @Size(max = 2000) String selfSummary,
            @Schema(description = "鉴定意见", example = "矫正表现良好") @NotBlank(message = "鉴定意见不能为空") @Size(max = 2000) String appraisal,
            @Schema(description = "日期,默认今天", example = "2026-12-04") LocalDate preparedOn) {
    }

    @Schema(name = "CorrectionEndRequest", description = "解除或终止社区矫正")
    public record EndRequest(
            @Schema(description = "结束方式", example = "DISCHARGED_EXPIRY") @NotNull(message = "结束方式不能为空") EndType type,
            @Schema(description = "撤销缓刑、撤销假释或收监执行时必填的法定理由(刑法第七十七条、第八十六条,刑事诉讼法第二百六十八条);其他结束方式不填",
                    example = "NEW_CRIME") TerminationGround terminationGround,
            @Schema(description = "日期,默认今天", example = "2026-12-04") LocalDate endedOn) {
    }
}
