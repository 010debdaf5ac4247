package cn.sifa.review.statistics;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.statistics.Rate;

@Schema(name = "ReviewStatisticsView", description = "行政复议与行政应诉统计")
public record ReviewStatisticsView(
        @Schema(description = "统计的行政区划(前缀)", example = "430105") String divisionCode,
        @Schema(description = "起始日期(含)", example = "2026-01-01") LocalDate from,
        @Schema(description = "截止日期(含)", example = "2026-12-04") LocalDate to,
        @Schema(description = "行政复议") ReconsiderationFigures reconsideration,
        @Schema(description = "行政应诉") LitigationFigures litigation) {

    @Schema(name = "ReviewReconsiderationFigures", description = "行政复议统计")
    public record ReconsiderationFigures(
            @Schema(description = "收到申请(收到日期在期间内)", example = "154") long received,
            @Schema(description = "受理(受理日期在期间内)", example = "150") long accepted,
            @Schema(description = "结案(结案日期在期间内)", example = "105") long concluded,
            @Schema(description = "上期结转(期间前收到、期间开始时未结)", example = "3") long carriedOver,
            @Schema(description = "法定期限内结案率:结案中复议决定期限按期履行的比例", example = "{\"numerator\":105,\"denominator\":105,\"fraction\":1.0}") Rate onTimeRate,
            @Schema(description = "纠错率:变更、撤销、部分撤销、确认违法、责令履行、确认无效 / 实体决定", example = "{\"numerator\":12,\"denominator\":80,\"fraction\":0.15}") Rate correctionRate,
            @Schema(description = "调解、和解结案占结案的比例", example = "{\"numerator\":20,\"denominator\":105,\"fraction\":0.1905}") Rate mediatedOrSettledShare,
            @Schema(description = "调解结案", example = "15") long mediated,
            @Schema(description = "和解撤回", example = "5") long withdrawn,
            @Schema(description = "结案中经行政复议委员会咨询的", example = "34") long committeeConsultations,
            @Schema(description = "去年同期收到申请", example = "90") long receivedLastYear,
            @Schema(description = "收到申请同比增长(去年同期为0时为 null)", example = "0.7211") Double receivedGrowth,
            @Schema(description = "按行政行为类别(收到申请)") List<CodeCount> byActCategory,
            @Schema(description = "按被申请人(收到申请,前50)") List<NameCount> byRespondent) {
    }

    @Schema(name = "ReviewLitigationFigures", description = "行政应诉统计")
    public record LitigationFigures(
            @Schema(description = "新收(收到起诉状副本在期间内)", example = "54") long newCases,
            @Schema(description = "旧存(期间前收到、期间开始时未裁判)", example = "16") long carriedOver,
            @Schema(description = "一审败诉", example = "4") long firstInstanceLosses,
            @Schema(description = "一审败诉率:一审败诉 / 一审审结", example = "{\"numerator\":4,\"denominator\":57,\"fraction\":0.0702}") Rate firstInstanceLossRate,
            @Schema(description = "胜诉率:未败诉的裁判 / 裁判", example = "{\"numerator\":62,\"denominator\":63,\"fraction\":0.9841}") Rate winRate,
            @Schema(description = "负责人出庭应诉率:负责人出庭的 / 期间内开庭的", example = "{\"numerator\":74,\"denominator\":74,\"fraction\":1.0}") Rate headAppearanceRate,
            @Schema(description = "去年同期新收", example = "60") long newLastYear,
            @Schema(description = "新收同比增长(去年同期为0时为 null)", example = "-0.1") Double newGrowth,
            @Schema(description = "按被诉行政行为类别(新收)") List<CodeCount> byActCategory,
            @Schema(description = "败诉责任追究,按处理方式(决定日期在期间内)") List<CodeCount> accountabilityByMeasure) {
    }

    @Schema(name = "ReviewCodeCount", description = "按代码计数")
    public record CodeCount(@Schema(description = "代码", example = "PENALTY") String code,
                            @Schema(description = "名称", example = "行政处罚") String label,
                            @Schema(description = "数量", example = "12") long count) {
    }

    @Schema(name = "ReviewNameCount", description = "按名称计数")
    public record NameCount(@Schema(description = "名称", example = "某区市场监督管理局") String name,
                            @Schema(description = "数量", example = "5") long count) {
    }
}
