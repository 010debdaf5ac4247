package cn.sifa.mediation.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.statistics.Rate;
import cn.sifa.mediation.committee.CommitteeType;
import cn.sifa.mediation.incentive.IncentiveCalculator.MediatorIncentive;

/** The figures of METRICS.md (人民调解) for a division and period; see docs/mediation.md for each definition. */
@Schema(name = "MediationStatistics", description = "人民调解统计")
public record StatisticsView(
        @Schema(description = "行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "行政区划名称", example = "开福区") String divisionName,
        @Schema(description = "起(含)", example = "2026-01-01") LocalDate from,
        @Schema(description = "止(含)", example = "2026-06-30") LocalDate to,
        @Schema(description = "登记(收案日期在期间内)", example = "3450") long registered,
        @Schema(description = "受理(受理日期在期间内)", example = "3420") long accepted,
        @Schema(description = "不予受理", example = "12") long declined,
        @Schema(description = "调解成功(协议生效日期在期间内)", example = "3386") long succeeded,
        @Schema(description = "调解终止", example = "14") long failed,
        @Schema(description = "办结 = 成功 + 终止", example = "3400") long concluded,
        @Schema(description = "调解成功率 = 成功 / 办结") Rate successRate,
        @Schema(description = "争取赔(补)偿金额(元) = 期间内达成协议的协议金额之和", example = "42500000.00") BigDecimal compensation,
        @Schema(description = "法院委派(诉前调解)登记件数", example = "487") long courtReferred,
        @Schema(description = "信访移送调解成功件数(信访积案化解)", example = "4") long petitionResolved,
        @Schema(description = "劳动人事争议调解成功件数", example = "173") long labourResolved,
        @Schema(description = "期间内报告公安机关的激化风险件数(第二十五条)", example = "6") long escalationsReported,
        @Schema(description = "当前在办且已逾期的案件数", example = "3") long currentlyOverdue,
        @Schema(description = "按纠纷类型") List<Breakdown> byDisputeType,
        @Schema(description = "按纠纷来源") List<Breakdown> bySource,
        @Schema(description = "按月(收案与成功)") List<Month> byMonth,
        @Schema(description = "排查") ScreeningFigures screenings,
        @Schema(description = "司法确认与履行") AfterAgreement afterAgreement,
        @Schema(description = "组织建设") Organisation organisation,
        @Schema(description = "专家点单") ExpertFigures expertRequests,
        @Schema(description = "按调委会") List<CommitteeRow> committees,
        @Schema(description = "按调解员(含补贴与积分)") List<MediatorIncentive> mediators,
        @Schema(description = "补贴合计(元)", example = "125000.00") BigDecimal totalSubsidy,
        @Schema(description = "积分合计", example = "4200") long totalCreditPoints,
        @Schema(description = "工作总结句", example = "2026年1月1日至2026年6月30日,开福区共成功调解各类矛盾纠纷3386起,其中,劳动人事争议173起,医疗纠纷130起,……,争取赔(补)偿金额4250余万元。") String summary) {

    @Schema(name = "MediationBreakdown", description = "分类统计")
    public record Breakdown(@Schema(description = "代码", example = "MEDICAL") String code,
                            @Schema(description = "名称", example = "医疗纠纷") String label,
                            @Schema(description = "登记", example = "132") long registered,
                            @Schema(description = "调解成功", example = "130") long succeeded,
                            @Schema(description = "调解终止", example = "1") long failed,
                            @Schema(description = "协议金额(元)", example = "5200000.00") BigDecimal amount) {
    }

    @Schema(name = "MediationMonth", description = "月度")
    public record Month(@Schema(description = "月份", example = "2026-03") String month,
                        @Schema(description = "登记", example = "580") long registered,
                        @Schema(description = "调解成功", example = "566") long succeeded,
                        @Schema(description = "当月成功率") Rate successRate) {
    }

    @Schema(name = "MediationScreeningFigures", description = "排查")
    public record ScreeningFigures(@Schema(description = "排查件数", example = "4252") long total,
                                   @Schema(description = "高风险", example = "12") long highRisk,
                                   @Schema(description = "有民转刑风险", example = "9") long escalationRisk,
                                   @Schema(description = "民转刑风险已化解(转案调解成功或当场化解)", example = "9") long escalationPrevented,
                                   @Schema(description = "转为调解案件", example = "3900") long converted,
                                   @Schema(description = "当场化解", example = "340") long resolved) {
    }

    @Schema(name = "MediationAfterAgreement", description = "司法确认与履行")
    public record AfterAgreement(@Schema(description = "申请司法确认", example = "60") long confirmationApplied,
                                 @Schema(description = "裁定确认有效", example = "55") long confirmed,
                                 @Schema(description = "裁定驳回", example = "2") long rejected,
                                 @Schema(description = "已履行", example = "3000") long performed,
                                 @Schema(description = "未履行", example = "20") long breached,
                                 @Schema(description = "回访", example = "800") long followUps,
                                 @Schema(description = "履行率 = 已履行 / (已履行 + 未履行)") Rate performanceRate) {
    }

    @Schema(name = "MediationOrganisation", description = "组织建设(当前)")
    public record Organisation(@Schema(description = "调委会按类型") List<Breakdown> committeesByType,
                               @Schema(description = "调委会总数", example = "120") long committees,
                               @Schema(description = "组成不合规的调委会", example = "3") long committeesWithWarnings,
                               @Schema(description = "三个月内任期届满的调委会", example = "5") long termsEndingSoon,
                               @Schema(description = "在职调解员", example = "600") long mediators,
                               @Schema(description = "专职调解员占比(目标 ≥ 50%)") Rate fullTimeShare,
                               @Schema(description = "调解专家库人数", example = "40") long experts,
                               @Schema(description = "品牌调解室与个人调解工作室", example = "4") long studios,
                               @Schema(description = "获\"金牌\"称号的调解室", example = "1") long goldStudios) {
    }

    @Schema(name = "MediationExpertFigures", description = "专家点单")
    public record ExpertFigures(@Schema(description = "点单", example = "30") long requested,
                                @Schema(description = "接单", example = "26") long accepted,
                                @Schema(description = "拒绝", example = "2") long declined) {
    }

    @Schema(name = "MediationCommitteeRow", description = "调委会统计")
    public record CommitteeRow(@Schema(description = "调委会 ID") UUID id,
                               @Schema(description = "名称", example = "东风路街道人民调解委员会") String name,
                               @Schema(description = "类型", example = "TOWNSHIP_STREET") CommitteeType type,
                               @Schema(description = "登记", example = "300") long registered,
                               @Schema(description = "调解成功", example = "296") long succeeded,
                               @Schema(description = "调解终止", example = "2") long failed,
                               @Schema(description = "协议金额(元)", example = "3000000.00") BigDecimal amount) {
    }
}
