package cn.sifa.legalaid.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.statistics.Rate;

@Schema(name = "LegalAidStatisticsView", description = "法律援助统计(各项按本身的日期计入统计期间)")
public record LegalAidStatisticsView(
        @Schema(description = "统计起始日期", example = "2026-01-01") LocalDate from,
        @Schema(description = "统计截止日期", example = "2026-12-04") LocalDate to,
        @Schema(description = "受理申请数(按收到申请日期)", example = "120") long applications,
        @Schema(description = "上年同期受理申请数", example = "100") long applicationsLastYear,
        @Schema(description = "受理申请同比增长(0.2 即 +20%),上年同期为 0 时为 null", example = "0.2") Double applicationsGrowth,
        @Schema(description = "给予法律援助数(按决定日期,含异议后责令改正)", example = "110") long grants,
        @Schema(description = "不予法律援助数(按决定日期)", example = "6") long refusals,
        @Schema(description = "视为撤回数", example = "2") long deemedWithdrawn,
        @Schema(description = "异议数(按收到异议日期)", example = "1") long objections,
        @Schema(description = "容缺受理数", example = "9") long acceptedWithMissingMaterials,
        @Schema(description = "上门服务受理数", example = "5") long homeVisits,
        @Schema(description = "网上申请数", example = "30") long onlineApplications,
        @Schema(description = "通知辩护/代理案件数(按收到通知日期)", example = "40") long notifiedCases,
        @Schema(description = "立案数(按立案日期)", example = "150") long casesOpened,
        @Schema(description = "结案数(按结案日期)", example = "90") long casesClosed,
        @Schema(description = "终止数(按终止日期)", example = "3") long casesTerminated,
        @Schema(description = "挽回经济损失(元,按结案日期)", example = "1250000.00") BigDecimal recoveredAmount,
        @Schema(description = "农民工讨薪案件数(立案)", example = "25") long migrantWorkerWageCases,
        @Schema(description = "农民工讨薪案件挽回经济损失(元,按结案日期)", example = "860000.00") BigDecimal migrantWorkerWageRecovered,
        @Schema(description = "民事案件点援制比例(受援人选择 / 已指派民事案件,按指派日期)") Rate civilChosenByApplicant,
        @Schema(description = "审查决定按期率(按期作出 / 期间内作出的审查决定)") Rate reviewOnTime,
        @Schema(description = "指派按期率(依申请与通知辩护/代理,按指派日期)") Rate assignmentOnTime,
        @Schema(description = "立案按案件类别") List<Breakdown> casesByCategory,
        @Schema(description = "立案按援助事项") List<Breakdown> casesByMatter,
        @Schema(description = "立案按特殊群体(一案可计入多个群体)") List<Breakdown> casesBySpecialGroup,
        @Schema(description = "在押人员申请数(按收到申请日期)", example = "4") long detainedApplications,
        @Schema(description = "在押人员申请24小时转交按期率(按转交日期)") Rate forwardingOnTime,
        @Schema(description = "上年同期立案数", example = "130") long casesOpenedLastYear,
        @Schema(description = "立案同比增长(0.2 即 +20%),上年同期为 0 时为 null", example = "0.15") Double casesOpenedGrowth,
        @Schema(description = "终止异议数(按收到异议日期)", example = "1") long terminationObjections,
        @Schema(description = "办案补贴合计(元,按结案日期)", example = "225000.00") BigDecimal subsidyTotal,
        @Schema(description = "值班律师服务次数(按服务日期)", example = "300") long dutyLawyerServices,
        @Schema(description = "值班律师参与认罪认罚案件次数", example = "180") long dutyLawyerPleaLeniency,
        @Schema(description = "值班律师见证认罪认罚具结书签署次数", example = "150") long dutyLawyerSigningsWitnessed,
        @Schema(description = "值班律师帮助人次", example = "620") long dutyLawyerPersonsHelped,
        @Schema(description = "值班律师帮助人次按工作站类别") List<Breakdown> dutyLawyerPersonsByPost,
        @Schema(description = "法律咨询登记数(按咨询日期)", example = "900") long consultations,
        @Schema(description = "法律咨询人次", example = "1100") long consultationPersons,
        @Schema(description = "上年同期法律咨询人次", example = "1000") long consultationPersonsLastYear,
        @Schema(description = "法律咨询人次同比增长,上年同期为 0 时为 null", example = "0.1") Double consultationPersonsGrowth,
        @Schema(description = "法律咨询人次按渠道") List<Breakdown> consultationPersonsByChannel) {

    @Schema(name = "LegalAidStatisticsBreakdown", description = "分项")
    public record Breakdown(
            @Schema(description = "代码", example = "CIVIL") String code,
            @Schema(description = "名称", example = "民事") String label,
            @Schema(description = "数量", example = "80") long count) {
    }
}
